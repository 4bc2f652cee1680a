import { Module } from '@nestjs/common';
import { CoursesModule } from '#catalog/courses';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LearningModule } from '#activities/learning';
import { OrganizationsModule } from '#directory/organizations';
import { Assignment } from './assignment.entity.js';
import { AssignmentResolver } from './assignment.resolver.js';
import { AssignmentsService } from './assignments.service.js';

/** Courses and paths managers assign, with due dates. */
@Module({
  imports: [TypeOrmModule.forFeature([Assignment]), CoursesModule, LearningModule, OrganizationsModule],
  providers: [AssignmentsService, AssignmentResolver],
  exports: [AssignmentsService],
})
export class AssignmentsModule {}
