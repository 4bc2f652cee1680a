import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, type RequestLoaders } from '../common/graphql/request-loaders.js';
import { TeamObject } from '../organizations/dto/team.object.js';
import { TeamMilestoneObject } from './dto/team-milestone.object.js';
import { TeamActivityWeekObject } from './dto/team-activity.object.js';
import { MilestonesService } from './milestones.service.js';
import { checkWeeks, TeamActivityService } from './team-activity.service.js';

/** What milestones and activity add to a team. */
@Resolver(() => TeamObject)
export class TeamMilestonesResolver {
  constructor(
    private readonly milestonesService: MilestonesService,
    private readonly activityService: TeamActivityService,
  ) {}

  @ResolveField(() => [TeamMilestoneObject], { description: 'Newest first.' })
  async milestones(@Parent() team: TeamObject, @Loaders() loaders: RequestLoaders): Promise<TeamMilestoneObject[]> {
    return (await loaders.get(this.milestonesService.byTeamIds).load(team.id)).map(TeamMilestoneObject.from);
  }

  @ResolveField(() => [TeamActivityWeekObject], { description: 'Completions and CSAT per week, oldest first, ending with this week.' })
  activity(
    @Parent() team: TeamObject,
    @Args('weeks', { type: () => Int, nullable: true, defaultValue: 12 }) weeks: number | null,
    @Loaders() loaders: RequestLoaders,
  ): Promise<TeamActivityWeekObject[]> {
    return loaders.get(this.activityService.weeklyByTeams, (key) => `${key.teamId}:${key.weeks}`).load({ teamId: team.id, weeks: checkWeeks(weeks ?? 12) });
  }
}
