import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn } from '../common/auth/access.decorators.js';
import type { Viewer } from '../common/auth/viewer.js';
import { PointsEntryObject } from './dto/points-entry.object.js';
import { PointsService } from './points.service.js';

@Resolver(() => PointsEntryObject)
export class PointsResolver {
  constructor(private readonly points: PointsService) {}

  @Query(() => [PointsEntryObject], { description: 'The signed-in user’s points ledger, newest first.' })
  @SignedIn()
  async pointsHistory(
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<PointsEntryObject[]> {
    return (await this.points.history(viewer, first, after)).map(PointsEntryObject.from);
  }
}
