import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LearningModule } from '../learning/learning.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { Assignment } from './assignment.entity.js';
import { AssignmentResolver } from './assignment.resolver.js';
import { AssignmentsService } from './assignments.service.js';

/** Courses and paths managers assign, with due dates. */
@Module({
  imports: [TypeOrmModule.forFeature([Assignment]), LearningModule, OrganizationsModule],
  providers: [AssignmentsService, AssignmentResolver],
})
export class AssignmentsModule {}
