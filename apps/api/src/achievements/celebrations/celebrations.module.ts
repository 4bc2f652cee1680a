import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PubSubModule } from '#platform/pubsub';
import { Celebration } from './celebration.entity.js';
import { CelebrationsService } from './celebrations.service.js';
import { ChatPoster } from './chat/chat-poster.js';
import { ChatWebhookResolver } from './chat/chat-webhook.resolver.js';
import { ChatWebhooksService } from './chat/chat-webhooks.service.js';
import { CelebrationPublisher } from './live/celebration-publisher.js';
import { LiveFeed } from './live/live-feed.js';

/** Celebrations as the achievement path writes them, delivered live and to the chat channel once their transaction commits. */
@Module({
  imports: [TypeOrmModule.forFeature([Celebration]), PubSubModule],
  providers: [CelebrationsService, LiveFeed, CelebrationPublisher, ChatWebhooksService, ChatPoster, ChatWebhookResolver],
  exports: [CelebrationsService, LiveFeed],
})
export class CelebrationsModule {}
