import { Module } from '@nestjs/common';
import { NotificationsModule } from '#directory/notifications';
import { RemindersService } from './reminders.service.js';

@Module({ imports: [NotificationsModule], providers: [RemindersService], exports: [RemindersService] })
export class RemindersModule {}
