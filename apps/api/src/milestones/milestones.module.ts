import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AchievementsModule } from '../achievements/achievements.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { MilestoneResolver } from './milestone.resolver.js';
import { MilestonesService } from './milestones.service.js';
import { TeamMilestone } from './team-milestone.entity.js';
import { TeamActivityService } from './team-activity.service.js';
import { TeamMilestonesResolver } from './team-milestones.resolver.js';

/** Team milestones; they are reached in the achievement path. */
@Module({
  imports: [TypeOrmModule.forFeature([TeamMilestone]), OrganizationsModule, AchievementsModule],
  providers: [MilestonesService, TeamActivityService, MilestoneResolver, TeamMilestonesResolver],
})
export class MilestonesModule {}
