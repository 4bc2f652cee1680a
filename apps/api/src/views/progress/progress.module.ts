import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AchievementsModule } from '#achievements/achievement-path';
import { BadgeAward } from '#achievements/awards';
import { BadgesModule } from '#catalog/badges';
import { BadgeProgressResolver } from './badge-progress.resolver.js';
import { BadgeProgressService } from './badge-progress.service.js';
import { MilestoneProgressResolver } from './milestone-progress.resolver.js';
import { TeamActivityResolver } from './team-activity.resolver.js';
import { TeamActivityService } from './team-activity.service.js';

/** How far people and teams have come: badge progress, milestone progress, a team's weekly activity. */
@Module({
  imports: [TypeOrmModule.forFeature([BadgeAward]), AchievementsModule, BadgesModule],
  providers: [BadgeProgressService, BadgeProgressResolver, MilestoneProgressResolver, TeamActivityService, TeamActivityResolver],
})
export class ProgressModule {}
