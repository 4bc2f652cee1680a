import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AchievementsModule } from '#achievements/achievement-path';
import { OrganizationsModule } from '#directory/organizations';
import { CustomerFeedback } from './customer-feedback.entity.js';
import { FeedbackResolver } from './feedback.resolver.js';
import { FeedbackService } from './feedback.service.js';

/** Customer feedback recorded by managers or imported from a help desk; five-star praise is celebrated. */
@Module({
  imports: [TypeOrmModule.forFeature([CustomerFeedback]), OrganizationsModule, AchievementsModule],
  providers: [FeedbackService, FeedbackResolver],
})
export class FeedbackModule {}
