import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { liveStreak } from '@laurels/domain';
import { Clock } from '#platform/clock';
import { UserObject } from '#directory/organizations';

/** What learning adds to a person. */
@Resolver(() => UserObject)
export class LearnerResolver {
  constructor(private readonly clock: Clock) {}

  @ResolveField(() => Int, { description: 'Consecutive days with a passed module, in the organisation’s time zone.' })
  streakDays(@Parent() user: UserObject): number {
    return liveStreak(user.streak.days, user.streak.endsAt, this.clock.now());
  }
}
