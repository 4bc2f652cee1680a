import { Field, ObjectType } from '@nestjs/graphql';
import { CelebrationObject } from '../../celebrations/dto/celebration.object.js';
import { LeaderboardEntryObject } from '../../leaderboard/dto/leaderboard.object.js';
import { TeamMilestoneObject } from '../../milestones/dto/team-milestone.object.js';
import type { Digest } from '../digest.service.js';

@ObjectType('Digest', { description: 'A period’s highlights: the newsletter that keeps recognition in front of everyone.' })
export class DigestObject {
  @Field()
  from!: Date;

  @Field()
  to!: Date;

  @Field({ description: 'The digest as a self-contained HTML newsletter.' })
  html!: string;

  @Field(() => [CelebrationObject], { description: 'Newest first, at most 200.' })
  celebrations!: CelebrationObject[];

  @Field(() => [CelebrationObject], { description: 'The CUSTOMER_PRAISE among them.' })
  customerPraise!: CelebrationObject[];

  @Field(() => [LeaderboardEntryObject], { description: 'The five who earned most points in the period (nobody who opted out of leaderboards).' })
  topLearners!: LeaderboardEntryObject[];

  @Field(() => [TeamMilestoneObject])
  milestonesReached!: TeamMilestoneObject[];

  static from(digest: Digest): DigestObject {
    return Object.assign(new DigestObject(), {
      from: digest.from,
      to: digest.to,
      html: digest.html,
      celebrations: digest.celebrations.map(CelebrationObject.from),
      customerPraise: digest.customerPraise.map(CelebrationObject.from),
      topLearners: digest.topLearners.map(LeaderboardEntryObject.from),
      milestonesReached: digest.milestonesReached.map(TeamMilestoneObject.from),
    });
  }
}
