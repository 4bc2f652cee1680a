import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@laurels/domain';
import { CurrentViewer, RequireRole, SignedIn, type Viewer } from '#platform/auth';
import { OptionalIdArg, Loaders, type RequestLoaders, PagedBy } from '#platform/graphql';
import { TeamObject, UserObject, TeamsService, UsersService } from '#directory/organizations';
import { CustomerFeedbackObject, FeedbackImportResultObject } from './dto/customer-feedback.object.js';
import { ImportFeedbackInput, RecordFeedbackInput } from './dto/record-feedback.input.js';
import { FeedbackService, MAX_FEEDBACK_PAGE } from './feedback.service.js';

@Resolver(() => CustomerFeedbackObject)
export class FeedbackResolver {
  constructor(
    private readonly feedback: FeedbackService,
    private readonly users: UsersService,
    private readonly teams: TeamsService,
  ) {}

  @Mutation(() => CustomerFeedbackObject, {
    description: 'Managers of the team and admins. Five stars with a comment for an employee is customer praise: points and a celebration.',
  })
  @RequireRole(Role.MANAGER)
  async recordCustomerFeedback(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RecordFeedbackInput,
  ): Promise<CustomerFeedbackObject> {
    return CustomerFeedbackObject.from((await this.feedback.record(viewer, input)).feedback);
  }

  @Mutation(() => FeedbackImportResultObject, {
    description: 'Imports rows of a help-desk export (at most 500 per call); each row stands alone.',
  })
  @RequireRole(Role.MANAGER)
  async importCustomerFeedback(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ImportFeedbackInput,
  ): Promise<FeedbackImportResultObject> {
    return this.feedback.import(viewer, input.rows);
  }

  @Query(() => [CustomerFeedbackObject], {
    description: 'Newest first. Employees see feedback about themselves, managers about their teams.',
  })
  @PagedBy(MAX_FEEDBACK_PAGE)
  @SignedIn()
  async customerFeedback(
    @CurrentViewer() viewer: Viewer,
    @OptionalIdArg('teamId') teamId: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number | null,
  ): Promise<CustomerFeedbackObject[]> {
    return (await this.feedback.list(viewer, teamId, first ?? 50)).map(CustomerFeedbackObject.from);
  }

  @ResolveField(() => UserObject, { nullable: true })
  async employee(@Parent() feedback: CustomerFeedbackObject, @Loaders() loaders: RequestLoaders): Promise<UserObject | null> {
    if (!feedback.employeeId) return null;
    const user = await loaders.get(this.users.byIds).load(feedback.employeeId);
    return user && UserObject.from(user);
  }

  @ResolveField(() => TeamObject, { nullable: true })
  async team(@Parent() feedback: CustomerFeedbackObject, @Loaders() loaders: RequestLoaders): Promise<TeamObject | null> {
    if (!feedback.teamId) return null;
    const team = await loaders.get(this.teams.byIds).load(feedback.teamId);
    return team && TeamObject.from(team);
  }
}
