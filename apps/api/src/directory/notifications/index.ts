export { NotificationsModule } from './notifications.module.js';
export { NotificationsService, MAX_NOTIFY_BATCH, type NotificationToSend } from './notifications.service.js';
export { UnsubscribeLinks } from './notification-mail.js';
export { Notification } from './notification.entity.js';
export { NotificationPreferenceRow } from './notification-preference.entity.js';
