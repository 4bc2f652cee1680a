import { Module } from '@nestjs/common';
import { CoursesModule } from '#catalog/courses';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LearningModule } from '#activities/learning';
import { NotificationsModule } from '#directory/notifications';
import { OrganizationsModule } from '#directory/organizations';
import { Assignment } from './assignment.entity.js';
import { AssignmentResolver } from './assignment.resolver.js';
import { AssignmentsService } from './assignments.service.js';
import { NudgesService } from './nudges.service.js';

/** Courses and paths managers assign, with due dates. */
@Module({
  imports: [TypeOrmModule.forFeature([Assignment]), CoursesModule, LearningModule, OrganizationsModule, NotificationsModule],
  providers: [AssignmentsService, NudgesService, AssignmentResolver],
  exports: [AssignmentsService],
})
export class AssignmentsModule {}
