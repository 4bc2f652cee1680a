import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, type RequestLoaders } from '../common/graphql/request-loaders.js';
import { UserObject } from '../organizations/dto/user.object.js';
import { AchievementCountsService } from '../achievements/achievement-counts.service.js';

/** What learning adds to a person. */
@Resolver(() => UserObject)
export class LearnerResolver {
  constructor(private readonly counts: AchievementCountsService) {}

  @ResolveField(() => Int, { description: 'Consecutive days with a passed module, in the organisation’s time zone.' })
  streakDays(@Parent() user: UserObject, @Loaders() loaders: RequestLoaders): Promise<number> {
    return loaders.get(this.counts.streaksByUserIds).load(user.id);
  }
}
