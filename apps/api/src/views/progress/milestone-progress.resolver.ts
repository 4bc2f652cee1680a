import { Float, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { milestoneProgress } from '@laurels/domain';
import { MilestoneMeasure } from '#achievements/achievement-path';
import { TeamMilestoneObject } from '#catalog/milestones';
import { Loaders, type RequestLoaders } from '#platform/graphql';

/** How far a team milestone has come, measured as the achievement path measures it. */
@Resolver(() => TeamMilestoneObject)
export class MilestoneProgressResolver {
  constructor(private readonly measure: MilestoneMeasure) {}

  @ResolveField(() => Float, { description: 'The count (or average CSAT, or NPS) inside the window so far.' })
  async current(@Parent() milestone: TeamMilestoneObject, @Loaders() loaders: RequestLoaders): Promise<number> {
    return (await this.measured(milestone, loaders)).value;
  }

  @ResolveField(() => Int, { description: 'For AVERAGE_CSAT and NPS: how many answers it rests on (it needs 5 to be reached).' })
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
