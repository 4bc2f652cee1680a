import { Field, ObjectType } from '@nestjs/graphql';
import { CelebrationObject } from '#achievements/celebrations';
import { LeaderboardEntryObject } from '#views/leaderboards';
import { TeamMilestoneObject } from '#catalog/milestones';
import { MAX_CELEBRATIONS, MAX_MILESTONES_REACHED, TOP_LEARNERS, type Digest } from '../digest.service.js';
import { AtMost } from '#platform/graphql';
import { FeedbackSummaryObject } from '#activities/feedback';

@ObjectType('Digest', { description: 'A period’s highlights: the newsletter that keeps recognition in front of everyone.' })
export class DigestObject {
  @Field()
  from!: Date;

  @Field()
  to!: Date;

  @Field({ description: 'The digest as a self-contained HTML newsletter.' })
  html!: string;

  @Field(() => [CelebrationObject], { description: `Newest first, at most ${MAX_CELEBRATIONS}.` })
  @AtMost(MAX_CELEBRATIONS)
  celebrations!: CelebrationObject[];

  @Field(() => [CelebrationObject], { description: 'The CUSTOMER_PRAISE among them.' })
  @AtMost(MAX_CELEBRATIONS)
  customerPraise!: CelebrationObject[];

  @Field(() => [LeaderboardEntryObject], {
    description: 'The five who earned most points in the period (nobody who opted out of leaderboards).',
  })
  @AtMost(TOP_LEARNERS)
  topLearners!: LeaderboardEntryObject[];

  @Field(() => [TeamMilestoneObject], {
    description: `The first ${MAX_MILESTONES_REACHED} reached in the period, in the order they were reached.`,
  })
  @AtMost(MAX_MILESTONES_REACHED)
  milestonesReached!: TeamMilestoneObject[];

  @Field(() => FeedbackSummaryObject, { description: 'The organisation’s customer feedback in the period: CSAT and NPS.' })
  feedback!: FeedbackSummaryObject;

  static from(digest: Digest): DigestObject {
    return Object.assign(new DigestObject(), {
      from: digest.from,
      to: digest.to,
      html: digest.html,
      celebrations: digest.celebrations.map(CelebrationObject.from),
      customerPraise: digest.customerPraise.map(CelebrationObject.from),
      topLearners: digest.topLearners.map(LeaderboardEntryObject.from),
      milestonesReached: digest.milestonesReached.map(TeamMilestoneObject.from),
      feedback: digest.feedback,
    });
  }
}
