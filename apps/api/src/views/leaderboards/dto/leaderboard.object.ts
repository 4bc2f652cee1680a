import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LeaderboardPeriod, LeaderboardScope, type Ranked } from '@laurels/domain';
import type { Standing } from '../leaderboard.service.js';

registerEnumType(LeaderboardScope, { name: 'LeaderboardScope' });
registerEnumType(LeaderboardPeriod, {
  name: 'LeaderboardPeriod',
  description: 'Calendar periods in the organisation’s time zone; weeks start on Monday.',
});

@ObjectType('LeaderboardEntry', { description: 'A place on a leaderboard: equal points share a rank (1, 1, 3).' })
export class LeaderboardEntryObject {
  @Field(() => Int)
  rank!: number;

  @Field(() => Int, { description: 'Points earned in the period.' })
  points!: number;

  userId!: string | null;
  teamId!: string | null;

  static from(entry: Ranked<Standing>): LeaderboardEntryObject {
    return Object.assign(new LeaderboardEntryObject(), {
      rank: entry.rank,
      points: entry.points,
      userId: entry.item.userId,
      teamId: entry.item.teamId,
    });
  }
}
