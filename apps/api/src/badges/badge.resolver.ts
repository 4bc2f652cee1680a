import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@laurels/domain';
import { CurrentViewer, RequireRole, SignedIn } from '../common/auth/access.decorators.js';
import type { Viewer } from '../common/auth/viewer.js';
import { IdArg } from '../common/graphql/ids.js';
import { Loaders, type RequestLoaders } from '../common/graphql/request-loaders.js';
import { BadgesService } from './badges.service.js';
import { BadgeAwardObject } from './dto/badge-award.object.js';
import { BadgeDefinitionObject } from './dto/badge-definition.object.js';
import { BadgeProgressObject } from './dto/badge-progress.object.js';
import { CreateBadgeInput } from './dto/create-badge.input.js';

@Resolver(() => BadgeDefinitionObject)
export class BadgeResolver {
  constructor(private readonly badgesService: BadgesService) {}

  @Query(() => [BadgeDefinitionObject], { description: 'Every badge the organisation offers.' })
  @SignedIn()
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

  @ResolveField(() => [BadgeAwardObject], { description: 'Who holds this badge, most recent first.' })
  async awards(@Parent() badge: BadgeDefinitionObject, @Loaders() loaders: RequestLoaders): Promise<BadgeAwardObject[]> {
    return (await loaders.get(this.badgesService.awardsByBadgeIds).load(badge.id)).map(BadgeAwardObject.from);
  }

  @ResolveField(() => Int, { description: 'How many people hold this badge.' })
  async holderCount(@Parent() badge: BadgeDefinitionObject, @Loaders() loaders: RequestLoaders): Promise<number> {
    return (await loaders.get(this.badgesService.awardsByBadgeIds).load(badge.id)).length;
  }
}
