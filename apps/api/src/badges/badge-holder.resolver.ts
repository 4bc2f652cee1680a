import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { MAX_BADGES } from '@laurels/domain';
import { AtMost } from '../common/graphql/list-size.js';
import { Loaders, type RequestLoaders } from '../common/graphql/request-loaders.js';
import { UserObject } from '../organizations/dto/user.object.js';
import { BadgesService } from './badges.service.js';
import { BadgeAwardObject } from './dto/badge-award.object.js';

/** What badges add to a person. */
@Resolver(() => UserObject)
export class BadgeHolderResolver {
  constructor(private readonly badgesService: BadgesService) {}

  @ResolveField(() => [BadgeAwardObject], { description: 'Badges held, most recent first.' })
  // One award per badge: as many as the organisation offers.
  @AtMost(MAX_BADGES)
  async badges(@Parent() user: UserObject, @Loaders() loaders: RequestLoaders): Promise<BadgeAwardObject[]> {
    return (await loaders.get(this.badgesService.awardsByUserIds).load(user.id)).map(BadgeAwardObject.from);
  }
}
