import { Module } from '@nestjs/common';
import { FeedbackModule } from '#activities/feedback';
import { FeedModule } from '#views/feed';
import { LeaderboardModule } from '#views/leaderboards';
import { DigestResolver } from './digest.resolver.js';
import { DigestService } from './digest.service.js';

/** The newsletter-style digest of a period's celebrations, as data and as HTML. */
@Module({
  imports: [LeaderboardModule, FeedModule, FeedbackModule],
  providers: [DigestService, DigestResolver],
  exports: [DigestService],
})
export class DigestModule {}
