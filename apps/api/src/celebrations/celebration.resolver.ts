import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn } from '../common/auth/access.decorators.js';
import type { Viewer } from '../common/auth/viewer.js';
import { OptionalIdArg } from '../common/graphql/ids.js';
import { Loaders, type RequestLoaders } from '../common/graphql/request-loaders.js';
import { TeamObject } from '../organizations/dto/team.object.js';
import { UserObject } from '../organizations/dto/user.object.js';
import { TeamsService } from '../organizations/teams.service.js';
import { UsersService } from '../organizations/users.service.js';
import { CelebrationsService } from './celebrations.service.js';
import { CelebrationConnectionObject, CelebrationObject } from './dto/celebration.object.js';

@Resolver(() => CelebrationObject)
export class CelebrationResolver {
  constructor(
    private readonly feed: CelebrationsService,
    private readonly users: UsersService,
    private readonly teams: TeamsService,
  ) {}

  @Query(() => CelebrationConnectionObject, { description: 'The organisation’s celebrations, newest first; or one team’s.' })
  @SignedIn()
  async celebrations(
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @OptionalIdArg('teamId') teamId: string | null,
  ): Promise<CelebrationConnectionObject> {
    const page = await this.feed.page(viewer, first ?? 20, after, teamId);
    const nodes = page.nodes.map(CelebrationObject.from);
    return { nodes, pageInfo: { endCursor: nodes.at(-1)?.cursor ?? null, hasNextPage: page.hasNextPage } };
  }

  @ResolveField(() => UserObject, { nullable: true, description: 'Whom it celebrates.' })
  async user(@Parent() celebration: CelebrationObject, @Loaders() loaders: RequestLoaders): Promise<UserObject | null> {
    if (!celebration.userId) return null;
    const user = await loaders.get(this.users.byIds).load(celebration.userId);
    return user && UserObject.from(user);
  }

  @ResolveField(() => TeamObject, { nullable: true })
  async team(@Parent() celebration: CelebrationObject, @Loaders() loaders: RequestLoaders): Promise<TeamObject | null> {
    if (!celebration.teamId) return null;
    const team = await loaders.get(this.teams.byIds).load(celebration.teamId);
    return team && TeamObject.from(team);
  }
}
