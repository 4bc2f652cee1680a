import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  NotificationKind,
  checkPreference,
  defaultPreference,
  preferencesWithDefaults,
  type NotificationPreference,
} from '@laurels/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '#platform/auth';
import { Clock } from '#platform/clock';
import type { Position } from '#platform/graphql';
import { Jobs } from '#platform/jobs';
import { Mailer } from '#platform/mail';
import { LiveNotifications, type NotificationEvent } from './live-notifications.js';
import { NotificationPreferenceRow } from './notification-preference.entity.js';
import { Notification } from './notification.entity.js';

/** The queue each notification to be mailed is sent on, keyed by the notification: mailed once. */
export const NOTIFICATION_MAIL = 'mail.notification';

export interface NotificationToSend {
  readonly organizationId: string;
  readonly recipientId: string;
  readonly kind: NotificationKind;
  readonly title: string;
  readonly body: string;
  /** Portal path to open, e.g. /courses/<id>. */
  readonly url: string;
  /** What it is about: the same key is said to a recipient once (e.g. `KUDOS:<kudos id>`). */
  readonly key: string;
}

/** The bell shows "999+" beyond this: counting further would cost what a neglected inbox holds. */
export const MAX_UNREAD_COUNTED = 1000;

/** Notifications written in one statement: a scheduled job's batch is at most this many. */
export const MAX_NOTIFY_BATCH = 1000;

/**
 * Notifications: written in the caller's transaction, at most once per recipient and key, as the
 * recipient's preferences say (listed in the portal, mailed, both or neither); delivered live and
 * queued for mail once it commits.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly live: LiveNotifications,
    private readonly jobs: Jobs,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
  ) {}

  /** Tells one person something, inside `manager`'s transaction; false when this key was already told them. */
  async notify(manager: EntityManager, notification: NotificationToSend): Promise<boolean> {
    return (await this.notifyAll(manager, [notification])) === 1;
  }

  /**
   * Tells many people at once in one statement (up to MAX_NOTIFY_BATCH); returns how many were new.
   * Deactivated people and people of another organisation are skipped.
   */
  async notifyAll(manager: EntityManager, notifications: readonly NotificationToSend[]): Promise<number> {
    if (notifications.length === 0) return 0;
    if (notifications.length > MAX_NOTIFY_BATCH) throw new Error(`at most ${MAX_NOTIFY_BATCH} notifications at once`);
    const column = <K extends keyof NotificationToSend>(key: K) => notifications.map((notification) => notification[key]);
    const defaults = notifications.map((notification) => defaultPreference(notification.kind));
    const rows = await manager.query<(Omit<NotificationEvent, 'createdAt'> & { createdAt: Date; inApp: boolean; byEmail: boolean })[]>(
      `INSERT INTO notifications (organization_id, recipient_id, kind, title, body, url, key, in_app, by_email, created_at)
       SELECT i.organization_id, i.recipient_id, i.kind, i.title, i.body, i.url, i.key,
              COALESCE(p.in_app, i.default_in_app), COALESCE(p.email, i.default_email), $10
         FROM unnest($1::uuid[], $2::uuid[], $3::notification_kind[], $4::text[], $5::text[], $6::text[], $7::text[], $8::boolean[], $9::boolean[])
              AS i(organization_id, recipient_id, kind, title, body, url, key, default_in_app, default_email)
         JOIN users u ON u.id = i.recipient_id AND u.organization_id = i.organization_id AND u.active
         LEFT JOIN notification_preferences p ON p.user_id = i.recipient_id AND p.kind = i.kind
        WHERE COALESCE(p.in_app, i.default_in_app) OR COALESCE(p.email, i.default_email)
       ON CONFLICT (recipient_id, key) DO NOTHING
       RETURNING id, organization_id AS "organizationId", recipient_id AS "recipientId", kind, title, body, url,
                 created_at AS "createdAt", in_app AS "inApp", by_email AS "byEmail"`,
      [
        column('organizationId'),
        column('recipientId'),
        column('kind'),
        column('title'),
        column('body'),
        column('url'),
        column('key'),
        defaults.map((preference) => preference.inApp),
        defaults.map((preference) => preference.email),
        this.clock.now(),
      ],
    );
    await this.live.written(
      manager.queryRunner,
      rows
        .filter((row) => row.inApp)
        .map(({ inApp: _inApp, byEmail: _byEmail, ...row }) => ({ ...row, createdAt: row.createdAt.toISOString() })),
    );
    const mailed = rows.filter((row) => row.byEmail);
    if (mailed.length > 0 && this.mailer.configured) {
      await this.jobs.sendMany(
        NOTIFICATION_MAIL,
        mailed.map((row) => ({ data: { notificationId: row.id }, key: row.id })),
        { manager },
      );
    }
    return rows.length;
  }

  /** The viewer's notifications, newest first: `first` + 1 rows, to tell whether more follow. */
  async page(viewer: Viewer, first: number, after: Position | null, unreadOnly: boolean): Promise<Notification[]> {
    const query = this.dataSource
      .getRepository(Notification)
      .createQueryBuilder('notification')
      .where('notification.recipientId = :recipientId AND notification.inApp', { recipientId: viewer.userId });
    if (unreadOnly) query.andWhere('notification.readAt IS NULL');
    if (after) query.andWhere('(notification.createdAt, notification.id) < (:at, :id)', { at: after.at, id: after.id });
    return query
      .orderBy('notification.createdAt', 'DESC')
      .addOrderBy('notification.id', 'DESC')
      .limit(first + 1)
      .getMany();
  }

  /** How many of the viewer's listed notifications are unread, up to MAX_UNREAD_COUNTED, on the unread index. */
  async unreadCount(viewer: Viewer): Promise<number> {
    const [row] = await this.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count
         FROM (SELECT 1 FROM notifications WHERE recipient_id = $1 AND in_app AND read_at IS NULL LIMIT $2) unread`,
      [viewer.userId, MAX_UNREAD_COUNTED],
    );
    return row!.count;
  }

  /** Marks these of the viewer's notifications read, or all of them without ids; returns how many were unread. */
  async markRead(viewer: Viewer, ids: readonly string[] | null): Promise<number> {
    const result = await this.dataSource.query<[unknown[], number]>(
      `UPDATE notifications SET read_at = $2
        WHERE recipient_id = $1 AND in_app AND read_at IS NULL AND ($3::uuid[] IS NULL OR id = ANY($3::uuid[]))`,
      [viewer.userId, this.clock.now(), ids],
    );
    return result[1];
  }

  async preferences(viewer: Viewer): Promise<NotificationPreference[]> {
    const own = await this.dataSource.getRepository(NotificationPreferenceRow).findBy({ userId: viewer.userId });
    return preferencesWithDefaults(own);
  }

  async setPreference(userId: string, preference: NotificationPreference): Promise<NotificationPreference> {
    checkPreference(preference.kind, preference.inApp);
    await this.dataSource.getRepository(NotificationPreferenceRow).upsert({ userId, ...preference }, ['userId', 'kind']);
    return preference;
  }

  /** Stops mail of one kind, keeping the in-app choice: what an unsubscribe link does. */
  async stopMail(userId: string, kind: NotificationKind): Promise<void> {
    const { inApp } = defaultPreference(kind);
    await this.dataSource.query(
      `INSERT INTO notification_preferences (user_id, kind, in_app, email) SELECT id, $2, $3, false FROM users WHERE id = $1
       ON CONFLICT (user_id, kind) DO UPDATE SET email = false`,
      [userId, kind, inApp],
    );
  }
}
