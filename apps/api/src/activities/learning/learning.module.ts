import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AchievementsModule } from '#achievements/achievement-path';
import { CoursesModule } from '#catalog/courses';
import { OrganizationsModule } from '#directory/organizations';
import { CompletionResolver } from './completion.resolver.js';
import { CompletionsService } from './completions.service.js';
import { EnrollmentResolver } from './enrollment.resolver.js';
import { Enrollment } from './enrollment.entity.js';
import { EnrollmentsService } from './enrollments.service.js';
import { LearnerCourseResolver, LearnerModuleResolver } from './learner-course.resolver.js';
import { LearnerResolver } from './learner.resolver.js';
import { ModuleCompletion } from './module-completion.entity.js';
import { ModuleRemovalResolver } from './module-removal.resolver.js';

/** Taking courses: enrollments and their cycles, and completing modules through the achievement path. */
@Module({
  imports: [TypeOrmModule.forFeature([Enrollment, ModuleCompletion]), CoursesModule, OrganizationsModule, AchievementsModule],
  providers: [
    EnrollmentsService,
    CompletionsService,
    EnrollmentResolver,
    CompletionResolver,
    LearnerResolver,
    LearnerCourseResolver,
    LearnerModuleResolver,
    ModuleRemovalResolver,
  ],
  exports: [CompletionsService, EnrollmentsService],
})
export class LearningModule {}
