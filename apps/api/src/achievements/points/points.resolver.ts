import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn, type Viewer } from '#platform/auth';
import { PointsEntryObject } from './dto/points-entry.object.js';
import { MAX_HISTORY_PAGE, PointsService } from './points.service.js';
import { PagedBy } from '#platform/graphql';

@Resolver(() => PointsEntryObject)
export class PointsResolver {
  constructor(private readonly points: PointsService) {}

  @Query(() => [PointsEntryObject], { description: 'The signed-in user’s points ledger, newest first.' })
  @PagedBy(MAX_HISTORY_PAGE)
  @SignedIn()
  async pointsHistory(
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<PointsEntryObject[]> {
    return (await this.points.history(viewer, first ?? 50, after)).map(PointsEntryObject.from);
  }
}
