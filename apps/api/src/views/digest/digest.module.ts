import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '#directory/notifications';
import { FeedbackModule } from '#activities/feedback';
import { FeedModule } from '#views/feed';
import { LeaderboardModule } from '#views/leaderboards';
import { DigestResolver } from './digest.resolver.js';
import { DigestService } from './digest.service.js';
import { NewsletterDelivery } from './newsletter-delivery.entity.js';
import { NewsletterService } from './newsletter.service.js';

/** The newsletter-style digest of a period's celebrations, as data and as HTML. */
@Module({
  imports: [TypeOrmModule.forFeature([NewsletterDelivery]), LeaderboardModule, FeedModule, NotificationsModule, FeedbackModule],
  providers: [DigestService, NewsletterService, DigestResolver],
  exports: [DigestService, NewsletterService],
})
export class DigestModule {}
