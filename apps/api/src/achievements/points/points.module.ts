import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PointsEntry } from './points-entry.entity.js';
import { PointsResolver } from './points.resolver.js';
import { PointsService } from './points.service.js';
import { SharedTotals } from './shared-totals.js';

/** The append-only points ledger. */
@Module({
  imports: [TypeOrmModule.forFeature([PointsEntry])],
  providers: [PointsService, SharedTotals, PointsResolver],
  exports: [PointsService, SharedTotals],
})
export class PointsModule {}
