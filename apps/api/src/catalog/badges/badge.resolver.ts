import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { MAX_BADGES, Role } from '@laurels/domain';
import { CurrentViewer, RequireRole, SignedIn, type Viewer } from '#platform/auth';
import { AtMost, IdArg } from '#platform/graphql';
import { BadgesService } from './badges.service.js';
import { BadgeDefinitionObject } from './dto/badge-definition.object.js';
import { CreateBadgeInput } from './dto/create-badge.input.js';

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

  @Mutation(() => BadgeDefinitionObject, { description: 'Admin only.' })
  @RequireRole(Role.ADMIN)
  async createBadge(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateBadgeInput): Promise<BadgeDefinitionObject> {
    return BadgeDefinitionObject.from(await this.badgesService.create(viewer, input));
  }
}
