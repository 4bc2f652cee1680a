import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CoursesModule } from '#catalog/courses';
import { OrganizationsModule } from '#directory/organizations';
import { AssignmentsModule } from '#activities/assignments';
import { OnboardingSetting } from './onboarding-setting.entity.js';
import { OnboardingResolver } from './onboarding.resolver.js';
import { OnboardingService } from './onboarding.service.js';

/** Onboarding from day one: the organisation's path, assigned to each person it adds. */
@Module({
  imports: [TypeOrmModule.forFeature([OnboardingSetting]), CoursesModule, OrganizationsModule, AssignmentsModule],
  providers: [OnboardingService, OnboardingResolver],
  exports: [OnboardingService],
})
export class OnboardingModule {}
