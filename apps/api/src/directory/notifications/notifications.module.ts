import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PubSubModule } from '#platform/pubsub';
import { LiveNotifications } from './live-notifications.js';
import { NotificationMail, UnsubscribeLinks } from './notification-mail.js';
import { NotificationPreferenceRow } from './notification-preference.entity.js';
import { Notification } from './notification.entity.js';
import { NotificationsResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';
import { UnsubscribeController } from './unsubscribe.controller.js';

@Module({
  imports: [TypeOrmModule.forFeature([Notification, NotificationPreferenceRow]), PubSubModule],
  controllers: [UnsubscribeController],
  providers: [NotificationsService, LiveNotifications, NotificationMail, UnsubscribeLinks, NotificationsResolver],
  exports: [NotificationsService, UnsubscribeLinks],
})
export class NotificationsModule {}
