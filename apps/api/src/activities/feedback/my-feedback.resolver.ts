import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn, type Viewer } from '#platform/auth';
import { OptionalIdArg, PageArg, PagedBy, decodeCursor } from '#platform/graphql';
import { CustomerFeedbackObject } from './dto/customer-feedback.object.js';
import { FeedbackSummaryObject } from './dto/feedback-summary.object.js';
import { FeedbackInsightsService, MAX_MY_FEEDBACK_PAGE } from './feedback-insights.service.js';

@Resolver()
export class MyFeedbackResolver {
  constructor(private readonly insights: FeedbackInsightsService) {}

  @Query(() => [CustomerFeedbackObject], {
    description: `The viewer’s own customer feedback, newest first, ${MAX_MY_FEEDBACK_PAGE} at most a page: pass the last one’s cursor as after for more.`,
  })
  @PagedBy(MAX_MY_FEEDBACK_PAGE)
  @SignedIn()
  async myFeedback(
    @CurrentViewer() viewer: Viewer,
    @PageArg(20, MAX_MY_FEEDBACK_PAGE) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<CustomerFeedbackObject[]> {
    return (await this.insights.mine(viewer, first, after ? decodeCursor(after) : null)).map(CustomerFeedbackObject.from);
  }

  @Query(() => FeedbackSummaryObject, {
    description:
      'CSAT and NPS from `from` to `to` (at most a year) for a person (themselves, their manager, admins), a team, or the whole organisation when neither is given.',
  })
  @SignedIn()
  feedbackSummary(
    @CurrentViewer() viewer: Viewer,
    @OptionalIdArg('teamId') teamId: string | null,
    @OptionalIdArg('userId') userId: string | null,
    @Args('from') from: Date,
    @Args('to') to: Date,
  ): Promise<FeedbackSummaryObject> {
    return this.insights.summary(viewer, { teamId, userId, from, to });
  }
}
