import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '#directory/notifications';
import { AchievementsModule } from '#achievements/achievement-path';
import { OrganizationsModule } from '#directory/organizations';
import { ExternalLearningClaim } from './external-learning-claim.entity.js';
import { ExternalLearningResolver, OrganizationExternalLearningResolver } from './external-learning.resolver.js';
import { ExternalLearningService } from './external-learning.service.js';
import { LearningEvent, LearningEventAttendance, LearningEventHost, LearningEventRsvp } from './learning-event.entity.js';
import { LearningEventsResolver } from './learning-events.resolver.js';
import { LearningEventsService } from './learning-events.service.js';

/** Knowledge-sharing sessions, workshops and conferences, and learning done outside claimed for points. */
@Module({
  imports: [
    TypeOrmModule.forFeature([LearningEvent, LearningEventHost, LearningEventRsvp, LearningEventAttendance, ExternalLearningClaim]),
    OrganizationsModule,
    AchievementsModule,
    NotificationsModule,
  ],
  providers: [
    LearningEventsService,
    ExternalLearningService,
    LearningEventsResolver,
    ExternalLearningResolver,
    OrganizationExternalLearningResolver,
  ],
})
export class LearningEventsModule {}
