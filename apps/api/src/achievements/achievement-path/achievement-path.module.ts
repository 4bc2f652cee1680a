import { Module } from '@nestjs/common';
import { AwardsModule } from '#achievements/awards';
import { CelebrationsModule } from '#achievements/celebrations';
import { CredentialsModule } from '#achievements/credentials';
import { PointsModule } from '#achievements/points';
import { NotificationsModule } from '#directory/notifications';
import { AchievementCountsService } from './achievement-counts.service.js';
import { AchievementService } from './achievement.service.js';
import { BeforeCommit } from './before-commit.js';
import { MilestoneEvaluator } from './milestone-evaluator.js';
import { MilestoneMeasure } from './milestone-measure.js';

/** The one achievement path, and what badge rules and milestones count. */
@Module({
  imports: [PointsModule, CelebrationsModule, CredentialsModule, AwardsModule, NotificationsModule],
  providers: [AchievementService, AchievementCountsService, MilestoneMeasure, MilestoneEvaluator, BeforeCommit],
  exports: [AchievementService, AchievementCountsService, MilestoneMeasure],
})
export class AchievementsModule {}
