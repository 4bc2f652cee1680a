import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { TeamObject } from '#directory/organizations';
import { Loaders, PagedBy, type RequestLoaders } from '#platform/graphql';
import { TeamActivityWeekObject } from './dto/team-activity.object.js';
import { checkWeeks, MAX_WEEKS, TeamActivityService } from './team-activity.service.js';

/** What a team's activity adds to it: completions and CSAT week by week. */
@Resolver(() => TeamObject)
export class TeamActivityResolver {
  constructor(private readonly activityService: TeamActivityService) {}

  @ResolveField(() => [TeamActivityWeekObject], { description: 'Completions and CSAT per week, oldest first, ending with this week.' })
  @PagedBy(MAX_WEEKS, 'weeks')
  activity(
    @Parent() team: TeamObject,
    @Args('weeks', { type: () => Int, nullable: true, defaultValue: 12 }) weeks: number | null,
    @Loaders() loaders: RequestLoaders,
  ): Promise<TeamActivityWeekObject[]> {
    return loaders
      .get(this.activityService.weeklyByTeams, (key) => `${key.teamId}:${key.weeks}`)
      .load({ teamId: team.id, weeks: checkWeeks(weeks ?? 12) });
  }
}
