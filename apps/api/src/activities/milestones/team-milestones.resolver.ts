import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, type RequestLoaders, PageArg, PagedBy } from '#platform/graphql';
import { TeamObject } from '#directory/organizations';
import { TeamMilestoneObject } from '#catalog/milestones';
import { latestMilestonesKey, MAX_MILESTONES_PAGE, MilestonesService } from './milestones.service.js';

/** What milestones add to a team. */
@Resolver(() => TeamObject)
export class TeamMilestonesResolver {
  constructor(private readonly milestonesService: MilestonesService) {}

  @ResolveField(() => [TeamMilestoneObject], { description: 'Newest first.' })
  @PagedBy(MAX_MILESTONES_PAGE)
  async milestones(
    @Parent() team: TeamObject,
    @PageArg(20, MAX_MILESTONES_PAGE) first: number,
    @Loaders() loaders: RequestLoaders,
  ): Promise<TeamMilestoneObject[]> {
    return (await loaders.get(this.milestonesService.latestByTeams, latestMilestonesKey).load({ teamId: team.id, first })).map(
      TeamMilestoneObject.from,
    );
  }
}
