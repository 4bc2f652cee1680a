import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NOTIFICATION_KINDS, type NotificationKind } from '@laurels/domain';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Settings } from '#platform/config';
import { Jobs } from '#platform/jobs';
import { Mailer, escapeHtml } from '#platform/mail';
import { NOTIFICATION_MAIL } from './notifications.service.js';

/** Signed, sign-in-free unsubscribe links: each stops one kind of mail for one person. */
@Injectable()
export class UnsubscribeLinks {
  constructor(private readonly settings: Settings) {}

  url(userId: string, kind: NotificationKind): string {
    const payload = Buffer.from(`${userId}.${kind}`).toString('base64url');
    return `${this.settings.publicUrl}/mail/unsubscribe?token=${payload}.${this.sign(payload)}`;
  }

  /** Whose mail of which kind the token stops; null for a token this server did not sign. */
  read(token: string): { userId: string; kind: NotificationKind } | null {
    const [payload, signature, ...rest] = token.split('.');
    if (!payload || !signature || rest.length > 0) return null;
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    const [userId, kind] = Buffer.from(payload, 'base64url').toString('utf8').split('.');
    if (!userId || !(NOTIFICATION_KINDS as string[]).includes(kind ?? '')) return null;
    return { userId, kind: kind as NotificationKind };
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.settings.jwtSecret).update(`unsubscribe:${payload}`).digest('base64url');
  }
}

interface MailRow {
  readonly recipientId: string;
  readonly email: string;
  readonly kind: NotificationKind;
  readonly title: string;
  readonly body: string;
  readonly url: string;
}

/**
 * Mails notifications from the job queue. The row is claimed (emailed_at set) before SMTP is asked and
 * released if SMTP refuses, so a retry, a second worker or a restart never mails it twice.
 */
@Injectable()
export class NotificationMail implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: Jobs,
    private readonly mailer: Mailer,
    private readonly links: UnsubscribeLinks,
    private readonly settings: Settings,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work<{ notificationId: string }>(NOTIFICATION_MAIL, ({ notificationId }) => this.send(notificationId), {
      retryDelaySeconds: 5,
    });
  }

  private async send(notificationId: string): Promise<void> {
    // An UPDATE answers [rows, count].
    const [[row]] = await this.dataSource.query<[MailRow[], number]>(
      `UPDATE notifications n SET emailed_at = now()
         FROM users u
        WHERE n.id = $1 AND n.emailed_at IS NULL AND n.by_email AND u.id = n.recipient_id AND u.active
       RETURNING n.recipient_id AS "recipientId", u.email, n.kind, n.title, n.body, n.url`,
      [notificationId],
    );
    if (!row) return;
    const link = `${this.settings.publicUrl}${row.url}`;
    try {
      await this.mailer.send({
        to: row.email,
        subject: row.title,
        text: `${row.body}\n\n${link}`,
        html: `<p>${escapeHtml(row.body)}</p><p><a href="${escapeHtml(link)}">Open in Laurels</a></p>`,
        unsubscribeUrl: this.links.url(row.recipientId, row.kind),
      });
    } catch (error) {
      await this.dataSource.query(`UPDATE notifications SET emailed_at = NULL WHERE id = $1`, [notificationId]);
      throw error;
    }
  }
}
