import { Module } from '@nestjs/common';
import { CelebrationsModule } from '../celebrations/celebrations.module.js';
import { CredentialsModule } from '../credentials/credentials.module.js';
import { PointsModule } from '../points/points.module.js';
import { AchievementCountsService } from './achievement-counts.service.js';
import { AchievementService } from './achievement.service.js';
import { BadgeAwarder } from './badge-awarder.js';
import { CertificationIssuer } from './certification-issuer.js';
import { MilestoneMeasure } from './milestone-measure.js';

/** The one achievement path, and what badge rules and milestones count. */
@Module({
  imports: [PointsModule, CelebrationsModule, CredentialsModule],
  providers: [AchievementService, AchievementCountsService, BadgeAwarder, CertificationIssuer, MilestoneMeasure],
  exports: [AchievementService, AchievementCountsService, MilestoneMeasure],
})
export class AchievementsModule {}
