import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { Team } from '../organizations/team.entity.js';
import { Celebration } from './celebration.entity.js';
import { CelebrationResolver } from './celebration.resolver.js';
import { CelebrationsService } from './celebrations.service.js';

/** The feed of achievements: written by the achievement path, read by everyone in the organisation. */
@Module({
  imports: [TypeOrmModule.forFeature([Celebration, Team]), OrganizationsModule],
  providers: [CelebrationsService, CelebrationResolver],
  exports: [CelebrationsService],
})
export class CelebrationsModule {}
