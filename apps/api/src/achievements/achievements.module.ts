import { Module } from '@nestjs/common';
import { PointsModule } from '../points/points.module.js';
import { AchievementService } from './achievement.service.js';

@Module({
  imports: [PointsModule],
  providers: [AchievementService],
  exports: [AchievementService],
})
export class AchievementsModule {}
