import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AchievementsModule } from '#achievements/achievement-path';
import { OrganizationsModule } from '#directory/organizations';
import { MentorshipSession } from './mentorship-session.entity.js';
import { Mentorship } from './mentorship.entity.js';
import { MentorshipResolver, MentorshipSessionResolver } from './mentorship.resolver.js';
import { MentorshipsService } from './mentorships.service.js';

/** Mentorship: pairings made by managers, sessions the mentor earns points for, completions celebrated. */
@Module({
  imports: [TypeOrmModule.forFeature([Mentorship, MentorshipSession]), OrganizationsModule, AchievementsModule],
  providers: [MentorshipsService, MentorshipResolver, MentorshipSessionResolver],
  exports: [MentorshipsService],
})
export class MentoringModule {}
