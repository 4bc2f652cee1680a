import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { NotFoundError, Role } from '@laurels/domain';
import { CurrentViewer, RequireRole, SignedIn, type Viewer } from '#platform/auth';
import { IdArg, Loaders, type RequestLoaders, PageArg, PagedBy } from '#platform/graphql';
import { TeamObject, TeamsService } from '#directory/organizations';
import { CreateTeamMilestoneInput, TeamMilestoneObject } from '#catalog/milestones';
import { MAX_MILESTONES_PAGE, MilestonesService } from './milestones.service.js';

@Resolver(() => TeamMilestoneObject)
export class MilestoneResolver {
  constructor(
    private readonly milestones: MilestonesService,
    private readonly teams: TeamsService,
  ) {}

  @Query(() => [TeamMilestoneObject], { description: 'A team’s milestones, newest first; everyone in the organisation can follow them.' })
  @SignedIn()
  @PagedBy(MAX_MILESTONES_PAGE)
  async teamMilestones(
    @CurrentViewer() viewer: Viewer,
    @IdArg('teamId') teamId: string,
    @PageArg(20, MAX_MILESTONES_PAGE) first: number,
  ): Promise<TeamMilestoneObject[]> {
    return (await this.milestones.forTeam(viewer, teamId, first)).map(TeamMilestoneObject.from);
  }

  @Mutation(() => TeamMilestoneObject, { description: 'The team’s manager or an admin.' })
  @RequireRole(Role.MANAGER)
  async createTeamMilestone(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateTeamMilestoneInput): Promise<TeamMilestoneObject> {
    return TeamMilestoneObject.from(await this.milestones.create(viewer, input));
  }

  @ResolveField(() => TeamObject)
  async team(@Parent() milestone: TeamMilestoneObject, @Loaders() loaders: RequestLoaders): Promise<TeamObject> {
    const team = await loaders.get(this.teams.byIds).load(milestone.teamId);
    if (!team) throw new NotFoundError('Team', milestone.teamId);
    return TeamObject.from(team);
  }
}
