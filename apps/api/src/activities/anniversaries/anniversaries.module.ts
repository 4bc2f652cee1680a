import { Module } from '@nestjs/common';
import { AchievementsModule } from '#achievements/achievement-path';
import { AnniversariesService } from './anniversaries.service.js';

/** Work anniversaries, celebrated on the day by a scheduled job. */
@Module({
  imports: [AchievementsModule],
  providers: [AnniversariesService],
  exports: [AnniversariesService],
})
export class AnniversariesModule {}
