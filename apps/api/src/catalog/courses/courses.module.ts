import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CourseEditingService } from './course-editing.service.js';
import { CourseModule } from './course-module.entity.js';
import { Course } from './course.entity.js';
import { CourseResolver } from './course.resolver.js';
import { CoursesService } from './courses.service.js';
import { LearningPath, LearningPathCourse } from './learning-path.entity.js';
import { LearningPathResolver } from './learning-path.resolver.js';
import { LearningPathsService } from './learning-paths.service.js';
import { ModuleResolver } from './module.resolver.js';
import { QuizQuestion } from './quiz-question.entity.js';

/** The catalogue of courses, their modules and questions, and learning paths: what there is to learn. */
@Module({
  imports: [TypeOrmModule.forFeature([Course, CourseModule, QuizQuestion, LearningPath, LearningPathCourse])],
  providers: [CoursesService, CourseEditingService, LearningPathsService, CourseResolver, ModuleResolver, LearningPathResolver],
  exports: [CoursesService, CourseEditingService, LearningPathsService],
})
export class CoursesModule {}
