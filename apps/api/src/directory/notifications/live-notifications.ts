import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntitySubscriberInterface, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';
import { Broadcasts } from '#platform/pubsub';
import type { Notification } from './notification.entity.js';

const NOTIFICATION_ADDED = 'notificationAdded';
const PENDING = 'laurels.notificationsToPublish';

/** A notification as it travels to its recipient's live connections: plain JSON, the same through Redis. */
export interface NotificationEvent {
  readonly id: string;
  readonly organizationId: string;
  readonly recipientId: string;
  readonly kind: Notification['kind'];
  readonly title: string;
  readonly body: string;
  readonly url: string;
  readonly createdAt: string;
}

/**
 * Delivers notifications to their recipients' live connections once the transaction that wrote them has
 * committed (as the feed's celebrations are): nobody hears of something rolled back.
 */
@Injectable()
export class LiveNotifications implements EntitySubscriberInterface {
  private readonly logger = new Logger(LiveNotifications.name);

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly broadcasts: Broadcasts,
  ) {
    dataSource.subscribers.push(this);
  }

  /** Called for each notification written through `runner`; published at once outside a transaction. */
  async written(runner: QueryRunner | undefined, notifications: readonly NotificationEvent[]): Promise<void> {
    if (!runner?.isTransactionActive) return this.publish(notifications);
    pending(runner).push(...notifications);
  }

  async afterTransactionCommit({ queryRunner }: TransactionCommitEvent): Promise<void> {
    if (queryRunner.isTransactionActive) return;
    await this.publish(pending(queryRunner).splice(0));
  }

  afterTransactionRollback({ queryRunner }: TransactionRollbackEvent): void {
    pending(queryRunner).splice(0);
  }

  events(): AsyncIterableIterator<NotificationEvent> {
    return this.broadcasts.listen<NotificationEvent>(NOTIFICATION_ADDED);
  }

  /** A failure is logged, never thrown: what was committed stays committed, and the list shows it. */
  private async publish(notifications: readonly NotificationEvent[]): Promise<void> {
    await Promise.all(
      notifications.map((notification) =>
        this.broadcasts.publish(NOTIFICATION_ADDED, notification).catch((error: unknown) => {
          this.logger.warn(`Could not publish notification ${notification.id}: ${(error as Error).message}`);
        }),
      ),
    );
  }
}

function pending(runner: QueryRunner): NotificationEvent[] {
  const data = runner.data as Record<string, NotificationEvent[] | undefined>;
  return (data[PENDING] ??= []);
}
