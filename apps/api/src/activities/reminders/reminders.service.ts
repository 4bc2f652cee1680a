import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DUE_SOON_DAYS, NotificationKind, RENEWAL_WINDOW_DAYS, localDay } from '@laurels/domain';
import type { DataSource } from 'typeorm';
import { MAX_NOTIFY_BATCH, NotificationsService, type NotificationToSend } from '#directory/notifications';
import { Clock } from '#platform/clock';
import { Jobs } from '#platform/jobs';
import { openAssignment } from '#activities/assignments';

const REMINDERS = 'reminders.hourly';
const DAY_MS = 24 * 60 * 60 * 1000;
/** Overdue assignments are reminded of once, in the first runs after their due date: a window, not all history. */
const OVERDUE_WINDOW_DAYS = 2;

interface Reminder {
  readonly id: string;
  readonly organizationId: string;
  readonly recipientId: string;
  readonly key: string;
  readonly name: string;
  readonly targetId: string;
  readonly at: Date;
  readonly timeZone: string;
}

/**
 * Reminders written every hour by one instance: assignments due within three days and newly overdue,
 * certifications entering their renewal window. Set-based: each kind is read in keyset batches through
 * an index on its date, skipping what was already said (the notification's key), never person by person.
 */
@Injectable()
export class RemindersService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly jobs: Jobs,
    private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work(REMINDERS, () => this.remind().then(() => undefined));
    await this.jobs.schedule(REMINDERS, '5 * * * *');
  }

  /** Writes the reminders due now; returns how many were new. */
  async remind(): Promise<number> {
    const now = this.clock.now();
    let sent = 0;
    sent += await this.inBatches(
      `SELECT a.id, a.organization_id AS "organizationId", a.assignee_id AS "recipientId", c.title AS name, a.course_id AS "targetId",
              a.due_at AS at, o.time_zone AS "timeZone", 'ASSIGNMENT_DUE:' || a.id || ':' || extract(epoch FROM a.due_at)::bigint AS key
         FROM assignments a JOIN courses c ON c.id = a.course_id JOIN organizations o ON o.id = a.organization_id
        WHERE a.due_at > $1 AND a.due_at <= $2 AND ${openAssignment('a')}`,
      [now, new Date(now.getTime() + DUE_SOON_DAYS * DAY_MS)],
      (reminder) => ({
        kind: NotificationKind.ASSIGNMENT_DUE,
        title: `“${reminder.name}” is due soon`,
        body: `Your assignment “${reminder.name}” is due on ${localDay(reminder.at, reminder.timeZone)}.`,
        url: `/courses/${reminder.targetId}`,
      }),
    );
    sent += await this.inBatches(
      `SELECT a.id, a.organization_id AS "organizationId", a.assignee_id AS "recipientId", c.title AS name, a.course_id AS "targetId",
              a.due_at AS at, o.time_zone AS "timeZone", 'ASSIGNMENT_OVERDUE:' || a.id || ':' || extract(epoch FROM a.due_at)::bigint AS key
         FROM assignments a JOIN courses c ON c.id = a.course_id JOIN organizations o ON o.id = a.organization_id
        WHERE a.due_at > $1 AND a.due_at <= $2 AND ${openAssignment('a')}`,
      [new Date(now.getTime() - OVERDUE_WINDOW_DAYS * DAY_MS), now],
      (reminder) => ({
        kind: NotificationKind.ASSIGNMENT_OVERDUE,
        title: `“${reminder.name}” is overdue`,
        body: `Your assignment “${reminder.name}” was due on ${localDay(reminder.at, reminder.timeZone)}.`,
        url: `/courses/${reminder.targetId}`,
      }),
    );
    sent += await this.inBatches(
      `SELECT a.id, a.organization_id AS "organizationId", a.user_id AS "recipientId", d.name, a.id AS "targetId",
              a.expires_at AS at, o.time_zone AS "timeZone", 'CERTIFICATION_EXPIRING:' || a.id AS key
         FROM certification_awards a JOIN certification_definitions d ON d.id = a.certification_id
              JOIN organizations o ON o.id = a.organization_id
        WHERE a.expires_at > $1 AND a.expires_at <= $2 AND a.revoked_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM certification_awards later
                           WHERE later.user_id = a.user_id AND later.certification_id = a.certification_id AND later.sequence > a.sequence)`,
      [now, new Date(now.getTime() + RENEWAL_WINDOW_DAYS * DAY_MS)],
      (reminder) => ({
        kind: NotificationKind.CERTIFICATION_EXPIRING,
        title: `Your “${reminder.name}” certification expires soon`,
        body: `It expires on ${localDay(reminder.at, reminder.timeZone)}: renew it to keep it.`,
        url: `/certificates/${reminder.targetId}`,
      }),
    );
    return sent;
  }

  /**
   * Reads `candidates` (rows not yet notified: the notification's key is checked on its unique index)
   * a batch at a time in id order, and notifies each batch in one statement and one transaction.
   */
  private async inBatches(
    candidates: string,
    params: unknown[],
    say: (reminder: Reminder) => Pick<NotificationToSend, 'kind' | 'title' | 'body' | 'url'>,
  ): Promise<number> {
    let sent = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const batch = await this.dataSource.query<Reminder[]>(
        `SELECT * FROM (${candidates}) candidate
          WHERE candidate.id > $${params.length + 1}
            AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.recipient_id = candidate."recipientId" AND n.key = candidate.key)
          ORDER BY candidate.id LIMIT ${MAX_NOTIFY_BATCH}`,
        [...params, after],
      );
      if (batch.length === 0) return sent;
      sent += await this.dataSource.transaction((manager) =>
        this.notifications.notifyAll(
          manager,
          batch.map((reminder) => ({
            organizationId: reminder.organizationId,
            recipientId: reminder.recipientId,
            key: reminder.key,
            ...say(reminder),
          })),
        ),
      );
      after = batch.at(-1)!.id;
    }
  }
}
