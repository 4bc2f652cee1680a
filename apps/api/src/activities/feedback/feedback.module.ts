import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AchievementsModule } from '#achievements/achievement-path';
import { OrganizationsModule } from '#directory/organizations';
import { CustomerFeedback } from './customer-feedback.entity.js';
import { FeedbackResolver } from './feedback.resolver.js';
import { FeedbackService } from './feedback.service.js';
import { FeedbackInsightsService } from './feedback-insights.service.js';
import { MyFeedbackResolver } from './my-feedback.resolver.js';

/** Customer feedback recorded by managers or imported from a help desk; five-star praise is celebrated. */
@Module({
  imports: [TypeOrmModule.forFeature([CustomerFeedback]), OrganizationsModule, AchievementsModule],
  providers: [FeedbackService, FeedbackResolver, FeedbackInsightsService, MyFeedbackResolver],
  exports: [FeedbackInsightsService],
})
export class FeedbackModule {}
