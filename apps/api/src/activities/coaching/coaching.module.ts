import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CoursesModule } from '#catalog/courses';
import { NotificationsModule } from '#directory/notifications';
import { OrganizationsModule } from '#directory/organizations';
import { AssignmentsModule } from '#activities/assignments';
import { CoachingSession, CoachingSessionFeedback } from './coaching-session.entity.js';
import { CoachingResolver } from './coaching.resolver.js';
import { CoachingService } from './coaching.service.js';

/** Coaching sessions managers open after low ratings, for the two of them (and admins) only. */
@Module({
  imports: [
    TypeOrmModule.forFeature([CoachingSession, CoachingSessionFeedback]),
    OrganizationsModule,
    CoursesModule,
    AssignmentsModule,
    NotificationsModule,
  ],
  providers: [CoachingService, CoachingResolver],
  exports: [CoachingService],
})
export class CoachingModule {}
