import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@laurels/domain';
import { CurrentViewer, RequireRole, SignedIn, type Viewer } from '#platform/auth';
import { IdArg, PageArg, PagedBy, Loaders, type RequestLoaders } from '#platform/graphql';
import { CreateTeamInput } from './dto/create-team.input.js';
import { TeamObject } from './dto/team.object.js';
import { UserObject } from './dto/user.object.js';
import { TeamsService } from './teams.service.js';
import { teamMembersKey, UsersService } from './users.service.js';

/** The most members one read of a team lists. */
const MAX_MEMBERS_PAGE = 200;

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

  @Mutation(() => TeamObject, { description: 'Admin only. Names are unique in the organisation, ignoring case.' })
  @RequireRole(Role.ADMIN)
  async renameTeam(
    @CurrentViewer() viewer: Viewer,
    @IdArg('teamId') teamId: string,
    @Args('name', { type: () => String }) name: string,
  ): Promise<TeamObject> {
    return TeamObject.from(await this.teams.rename(viewer, teamId, name));
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

  @ResolveField(() => [UserObject], {
    description: `Active members by name, ${MAX_MEMBERS_PAGE} at most: memberCount says how many there are, and the people query pages through them.`,
  })
  @PagedBy(MAX_MEMBERS_PAGE)
  async members(
    @Parent() team: TeamObject,
    @PageArg(100, MAX_MEMBERS_PAGE) first: number,
    @Loaders() loaders: RequestLoaders,
  ): Promise<UserObject[]> {
    return (await loaders.get(this.users.membersOfTeams, teamMembersKey).load({ teamId: team.id, first })).map(UserObject.from);
  }

  @ResolveField(() => Int, { description: 'How many active people the team has.' })
  memberCount(@Parent() team: TeamObject, @Loaders() loaders: RequestLoaders): Promise<number> {
    return loaders.get(this.users.memberCounts).load(team.id);
  }
}
