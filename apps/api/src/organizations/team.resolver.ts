import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@laurels/domain';
import { CurrentViewer, RequireRole, SignedIn } from '../common/auth/access.decorators.js';
import type { Viewer } from '../common/auth/viewer.js';
import { IdArg } from '../common/graphql/ids.js';
import { Loaders, type RequestLoaders } from '../common/graphql/request-loaders.js';
import { CreateTeamInput } from './dto/create-team.input.js';
import { TeamObject } from './dto/team.object.js';
import { UserObject } from './dto/user.object.js';
import { TeamsService } from './teams.service.js';
import { UsersService } from './users.service.js';

@Resolver(() => TeamObject)
export class TeamResolver {
  constructor(
    private readonly teams: TeamsService,
    private readonly users: UsersService,
  ) {}

  @Query(() => TeamObject, { nullable: true })
  @SignedIn()
  async team(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<TeamObject> {
    return TeamObject.from(await this.teams.get(viewer, id));
  }

  @Mutation(() => TeamObject, { description: 'Admin only.' })
  @RequireRole(Role.ADMIN)
  async createTeam(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateTeamInput): Promise<TeamObject> {
    return TeamObject.from(await this.teams.create(viewer, input));
  }

  @Mutation(() => TeamObject, { description: 'Admin only. The manager manages the team’s assignments, milestones and feedback.' })
  @RequireRole(Role.ADMIN)
  async setTeamManager(
    @CurrentViewer() viewer: Viewer,
    @IdArg('teamId') teamId: string,
    @IdArg('userId') userId: string,
  ): Promise<TeamObject> {
    return TeamObject.from(await this.teams.setManager(viewer, teamId, userId));
  }

  @ResolveField(() => UserObject, { nullable: true })
  async manager(@Parent() team: TeamObject, @Loaders() loaders: RequestLoaders): Promise<UserObject | null> {
    if (!team.managerId) return null;
    const user = await loaders.get(this.users.byIds).load(team.managerId);
    return user && UserObject.from(user);
  }

  @ResolveField(() => [UserObject])
  async members(@Parent() team: TeamObject, @Loaders() loaders: RequestLoaders): Promise<UserObject[]> {
    return (await loaders.get(this.users.membersByTeamIds).load(team.id)).map(UserObject.from);
  }
}
