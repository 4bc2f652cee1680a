import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AchievementsModule } from '../achievements/achievements.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { CompletionResolver } from './completion.resolver.js';
import { CompletionsService } from './completions.service.js';
import { CourseModule } from './course-module.entity.js';
import { CourseResolver } from './course.resolver.js';
import { Course } from './course.entity.js';
import { CoursesService } from './courses.service.js';
import { EnrollmentResolver } from './enrollment.resolver.js';
import { Enrollment } from './enrollment.entity.js';
import { EnrollmentsService } from './enrollments.service.js';
import { LearnerResolver } from './learner.resolver.js';
import { LearningPathResolver } from './learning-path.resolver.js';
import { LearningPath, LearningPathCourse } from './learning-path.entity.js';
import { LearningPathsService } from './learning-paths.service.js';
import { ModuleCompletion } from './module-completion.entity.js';
import { ModuleResolver } from './module.resolver.js';
import { QuizQuestion } from './quiz-question.entity.js';

/** Courses, modules, learning paths, enrollments and the completion of modules. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Course, CourseModule, QuizQuestion, LearningPath, LearningPathCourse, Enrollment, ModuleCompletion]),
    OrganizationsModule,
    AchievementsModule,
  ],
  providers: [
    CoursesService,
    EnrollmentsService,
    CompletionsService,
    LearningPathsService,
    CourseResolver,
    ModuleResolver,
    EnrollmentResolver,
    CompletionResolver,
    LearnerResolver,
    LearningPathResolver,
  ],
  exports: [CoursesService, CompletionsService, EnrollmentsService, LearningPathsService],
})
export class LearningModule {}
