import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AchievementsModule } from '#achievements/achievement-path';
import { TeamMilestone } from '#catalog/milestones';
import { OrganizationsModule } from '#directory/organizations';
import { MilestoneResolver } from './milestone.resolver.js';
import { MilestonesService } from './milestones.service.js';
import { TeamMilestonesResolver } from './team-milestones.resolver.js';

/** Team milestones as managers set them; the achievement path reaches them. */
@Module({
  imports: [TypeOrmModule.forFeature([TeamMilestone]), OrganizationsModule, AchievementsModule],
  providers: [MilestonesService, MilestoneResolver, TeamMilestonesResolver],
  exports: [MilestonesService],
})
export class MilestonesModule {}
