import { Args, Float, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { NotFoundError, Role, milestoneProgress } from '@laurels/domain';
import { MilestoneMeasure } from '../achievements/milestone-measure.js';
import { CurrentViewer, RequireRole, SignedIn } from '../common/auth/access.decorators.js';
import type { Viewer } from '../common/auth/viewer.js';
import { IdArg } from '../common/graphql/ids.js';
import { Loaders, type RequestLoaders } from '../common/graphql/request-loaders.js';
import { TeamObject } from '../organizations/dto/team.object.js';
import { TeamsService } from '../organizations/teams.service.js';
import { CreateTeamMilestoneInput, TeamMilestoneObject } from './dto/team-milestone.object.js';
import { MAX_MILESTONES_PAGE, MilestonesService } from './milestones.service.js';
import { PageArg, PagedBy } from '../common/graphql/list-size.js';

@Resolver(() => TeamMilestoneObject)
export class MilestoneResolver {
  constructor(
    private readonly milestones: MilestonesService,
    private readonly measure: MilestoneMeasure,
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

  @ResolveField(() => Float, { description: 'The count (or average CSAT) inside the window so far.' })
  async current(@Parent() milestone: TeamMilestoneObject, @Loaders() loaders: RequestLoaders): Promise<number> {
    return (await this.measured(milestone, loaders)).value;
  }

  @ResolveField(() => Int, { description: 'For AVERAGE_CSAT: how many answers the average rests on (it needs 5 to be reached).' })
  async responses(@Parent() milestone: TeamMilestoneObject, @Loaders() loaders: RequestLoaders): Promise<number> {
    return (await this.measured(milestone, loaders)).responses;
  }

  @ResolveField(() => Float, { description: '0..1' })
  async progress(@Parent() milestone: TeamMilestoneObject, @Loaders() loaders: RequestLoaders): Promise<number> {
    if (milestone.reachedAt) return 1;
    return milestoneProgress(milestone, (await this.measured(milestone, loaders)).value);
  }

  private measured(milestone: TeamMilestoneObject, loaders: RequestLoaders) {
    return loaders.get(this.measure.currentByMilestones, (key) => key.id).load(milestone.entity);
  }
}
