import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { MAX_BADGES, Role } from '@laurels/domain';
import { CurrentViewer, RequireRole, SignedIn } from '../common/auth/access.decorators.js';
import type { Viewer } from '../common/auth/viewer.js';
import { decodeCursor } from '../common/graphql/cursor.js';
import { IdArg } from '../common/graphql/ids.js';
import { AtMost, PageArg, PagedBy } from '../common/graphql/list-size.js';
import { Loaders, type RequestLoaders } from '../common/graphql/request-loaders.js';
import { BadgesService, holdersPageKey } from './badges.service.js';
import { BadgeAwardObject } from './dto/badge-award.object.js';
import { BadgeDefinitionObject } from './dto/badge-definition.object.js';
import { BadgeProgressObject } from './dto/badge-progress.object.js';
import { CreateBadgeInput } from './dto/create-badge.input.js';

/** The most holders one page of a badge lists. */
const MAX_HOLDERS_PAGE = 100;

@Resolver(() => BadgeDefinitionObject)
export class BadgeResolver {
  constructor(private readonly badgesService: BadgesService) {}

  @Query(() => [BadgeDefinitionObject], { description: 'Every badge the organisation offers.' })
  @SignedIn()
  @AtMost(MAX_BADGES)
  async badges(@CurrentViewer() viewer: Viewer): Promise<BadgeDefinitionObject[]> {
    return (await this.badgesService.list(viewer)).map(BadgeDefinitionObject.from);
  }

  @Query(() => BadgeDefinitionObject, { nullable: true })
  @SignedIn()
  async badge(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<BadgeDefinitionObject> {
    return BadgeDefinitionObject.from(await this.badgesService.get(viewer, id));
  }

  @Query(() => [BadgeProgressObject], { description: 'The signed-in user’s progress toward every badge.' })
  @SignedIn()
  @AtMost(MAX_BADGES)
  async myBadgeProgress(@CurrentViewer() viewer: Viewer): Promise<BadgeProgressObject[]> {
    return (await this.badgesService.progress(viewer)).map((standing) =>
      Object.assign(new BadgeProgressObject(), {
        badge: BadgeDefinitionObject.from(standing.badge),
        current: standing.current,
        target: standing.target,
        earned: standing.earned,
        awardedAt: standing.awardedAt,
      }),
    );
  }

  @Mutation(() => BadgeDefinitionObject, { description: 'Admin only.' })
  @RequireRole(Role.ADMIN)
  async createBadge(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateBadgeInput): Promise<BadgeDefinitionObject> {
    return BadgeDefinitionObject.from(await this.badgesService.create(viewer, input));
  }

  @Mutation(() => BadgeAwardObject, { description: 'Managers and admins give a MANUAL badge to someone, with the reason why.' })
  @RequireRole(Role.MANAGER)
  async awardBadge(
    @CurrentViewer() viewer: Viewer,
    @IdArg('badgeId') badgeId: string,
    @IdArg('userId') userId: string,
    @Args('reason') reason: string,
  ): Promise<BadgeAwardObject> {
    return BadgeAwardObject.from(await this.badgesService.award(viewer, badgeId, userId, reason));
  }

  @ResolveField(() => [BadgeAwardObject], { description: `Who holds this badge, most recent first, ${MAX_HOLDERS_PAGE} at most at a time: pass the last one's cursor as after for more.` })
  @PagedBy(MAX_HOLDERS_PAGE)
  async awards(
    @Parent() badge: BadgeDefinitionObject,
    @PageArg(20, MAX_HOLDERS_PAGE) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Loaders() loaders: RequestLoaders,
  ): Promise<BadgeAwardObject[]> {
    const page = { badgeId: badge.id, first, after: after ? decodeCursor(after) : null };
    return (await loaders.get(this.badgesService.holders, holdersPageKey).load(page)).map(BadgeAwardObject.from);
  }

  @ResolveField(() => BadgeAwardObject, { nullable: true, description: 'The signed-in user’s award of this badge, if they hold it.' })
  async myAward(@Parent() badge: BadgeDefinitionObject, @CurrentViewer() viewer: Viewer, @Loaders() loaders: RequestLoaders): Promise<BadgeAwardObject | null> {
    const award = (await loaders.get(this.badgesService.awardsByUserIds).load(viewer.userId)).find((held) => held.badgeId === badge.id);
    return award ? BadgeAwardObject.from(award) : null;
  }

  @ResolveField(() => Int, { description: 'How many people hold this badge.' })
  holderCount(@Parent() badge: BadgeDefinitionObject, @Loaders() loaders: RequestLoaders): Promise<number> {
    return loaders.get(this.badgesService.holderCounts).load(badge.id);
  }
}
