import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { BadgeDefinitionObject } from '#catalog/badges';
import { CurrentViewer, type Viewer } from '#platform/auth';
import { decodeCursor, Loaders, PageArg, PagedBy, type RequestLoaders } from '#platform/graphql';
import { AwardsService, holdersPageKey } from './awards.service.js';
import { BadgeAwardObject } from './dto/badge-award.object.js';

/** The most holders one page of a badge lists. */
const MAX_HOLDERS_PAGE = 100;

/** What awards add to a badge: who holds it. */
@Resolver(() => BadgeDefinitionObject)
export class BadgeHoldingsResolver {
  constructor(private readonly awardsService: AwardsService) {}

  @ResolveField(() => [BadgeAwardObject], {
    description: `Who holds this badge, most recent first, ${MAX_HOLDERS_PAGE} at most at a time: pass the last one's cursor as after for more.`,
  })
  @PagedBy(MAX_HOLDERS_PAGE)
  async awards(
    @Parent() badge: BadgeDefinitionObject,
    @PageArg(20, MAX_HOLDERS_PAGE) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Loaders() loaders: RequestLoaders,
  ): Promise<BadgeAwardObject[]> {
    const page = { badgeId: badge.id, first, after: after ? decodeCursor(after) : null };
    return (await loaders.get(this.awardsService.holders, holdersPageKey).load(page)).map(BadgeAwardObject.from);
  }

  @ResolveField(() => BadgeAwardObject, { nullable: true, description: 'The signed-in user’s award of this badge, if they hold it.' })
  async myAward(
    @Parent() badge: BadgeDefinitionObject,
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
  ): Promise<BadgeAwardObject | null> {
    const award = (await loaders.get(this.awardsService.awardsByUserIds).load(viewer.userId)).find((held) => held.badgeId === badge.id);
    return award ? BadgeAwardObject.from(award) : null;
  }

  @ResolveField(() => Int, { description: 'How many people hold this badge.' })
  holderCount(@Parent() badge: BadgeDefinitionObject, @Loaders() loaders: RequestLoaders): Promise<number> {
    return loaders.get(this.awardsService.holderCounts).load(badge.id);
  }
}
