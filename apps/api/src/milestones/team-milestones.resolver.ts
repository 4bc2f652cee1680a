import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, type RequestLoaders } from '../common/graphql/request-loaders.js';
import { TeamObject } from '../organizations/dto/team.object.js';
import { TeamMilestoneObject } from './dto/team-milestone.object.js';
import { TeamActivityWeekObject } from './dto/team-activity.object.js';
import { latestMilestonesKey, MAX_MILESTONES_PAGE, MilestonesService } from './milestones.service.js';
import { checkWeeks, MAX_WEEKS, TeamActivityService } from './team-activity.service.js';
import { PageArg, PagedBy } from '../common/graphql/list-size.js';

/** What milestones and activity add to a team. */
@Resolver(() => TeamObject)
export class TeamMilestonesResolver {
  constructor(
    private readonly milestonesService: MilestonesService,
    private readonly activityService: TeamActivityService,
  ) {}

  @ResolveField(() => [TeamMilestoneObject], { description: 'Newest first.' })
  @PagedBy(MAX_MILESTONES_PAGE)
  async milestones(
    @Parent() team: TeamObject,
    @PageArg(20, MAX_MILESTONES_PAGE) first: number,
    @Loaders() loaders: RequestLoaders,
  ): Promise<TeamMilestoneObject[]> {
    return (await loaders.get(this.milestonesService.latestByTeams, latestMilestonesKey).load({ teamId: team.id, first })).map(TeamMilestoneObject.from);
  }

  @ResolveField(() => [TeamActivityWeekObject], { description: 'Completions and CSAT per week, oldest first, ending with this week.' })
  @PagedBy(MAX_WEEKS, 'weeks')
  activity(
    @Parent() team: TeamObject,
    @Args('weeks', { type: () => Int, nullable: true, defaultValue: 12 }) weeks: number | null,
    @Loaders() loaders: RequestLoaders,
  ): Promise<TeamActivityWeekObject[]> {
    return loaders.get(this.activityService.weeklyByTeams, (key) => `${key.teamId}:${key.weeks}`).load({ teamId: team.id, weeks: checkWeeks(weeks ?? 12) });
  }
}
