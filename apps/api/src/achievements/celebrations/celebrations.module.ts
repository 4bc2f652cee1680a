import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PubSubModule } from '#platform/pubsub';
import { Celebration } from './celebration.entity.js';
import { CelebrationsService } from './celebrations.service.js';
import { CelebrationPublisher } from './live/celebration-publisher.js';
import { LiveFeed } from './live/live-feed.js';

/** Celebrations as the achievement path writes them, delivered live once their transaction commits. */
@Module({
  imports: [TypeOrmModule.forFeature([Celebration]), PubSubModule],
  providers: [CelebrationsService, LiveFeed, CelebrationPublisher],
  exports: [CelebrationsService, LiveFeed],
})
export class CelebrationsModule {}
