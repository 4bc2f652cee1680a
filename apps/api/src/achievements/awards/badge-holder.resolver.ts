import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { MAX_BADGES } from '@laurels/domain';
import { AtMost, Loaders, type RequestLoaders } from '#platform/graphql';
import { UserObject } from '#directory/organizations';
import { AwardsService } from './awards.service.js';
import { BadgeAwardObject } from './dto/badge-award.object.js';

/** What badges add to a person. */
@Resolver(() => UserObject)
export class BadgeHolderResolver {
  constructor(private readonly awards: AwardsService) {}

  @ResolveField(() => [BadgeAwardObject], { description: 'Badges held, most recent first.' })
  // One award per badge: as many as the organisation offers.
  @AtMost(MAX_BADGES)
  async badges(@Parent() user: UserObject, @Loaders() loaders: RequestLoaders): Promise<BadgeAwardObject[]> {
    return (await loaders.get(this.awards.awardsByUserIds).load(user.id)).map(BadgeAwardObject.from);
  }
}
