import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotificationKind, newsletterWeekDue, weekStarting } from '@laurels/domain';
import type { DataSource } from 'typeorm';
import { UnsubscribeLinks } from '#directory/notifications';
import { Clock } from '#platform/clock';
import { Settings } from '#platform/config';
import { Jobs } from '#platform/jobs';
import { Mailer } from '#platform/mail';
import { DigestService } from './digest.service.js';

const NEWSLETTER_HOURLY = 'newsletter.hourly';
const NEWSLETTER_MAILING = 'newsletter.mailing';
/** Mails claimed and sent together: a worker that dies loses at most these. */
const MAILING_BATCH = 50;

interface Mailing {
  readonly organizationId: string;
  /** The Monday of the week told. */
  readonly monday: string;
}

/**
 * The digest as a weekly newsletter: every hour, organisations where it is now Monday morning get
 * last week's mailing started (one delivery row per person not opted out, then one job per
 * organisation and week); the job mails in claimed batches, so each person gets it once per week,
 * whatever retries, restarts or instances.
 */
@Injectable()
export class NewsletterService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly digests: DigestService,
    private readonly jobs: Jobs,
    private readonly mailer: Mailer,
    private readonly links: UnsubscribeLinks,
    private readonly settings: Settings,
    private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work(NEWSLETTER_HOURLY, () => this.startDue().then(() => undefined));
    await this.jobs.work<Mailing>(NEWSLETTER_MAILING, (mailing) => this.mail(mailing), { retryDelaySeconds: 60 });
    await this.jobs.schedule(NEWSLETTER_HOURLY, '0 * * * *');
  }

  /** Starts the mailings due now; returns the organisations' mailings started (or resumed). */
  async startDue(): Promise<Mailing[]> {
    if (!this.mailer.configured) return [];
    const now = this.clock.now();
    // Monday somewhere between UTC-12 and UTC+14: the organisations whose local day may be Monday.
    const candidates = await this.dataSource.query<{ id: string; timeZone: string }[]>(
      `SELECT id, time_zone AS "timeZone" FROM organizations WHERE extract(isodow FROM $1::timestamptz AT TIME ZONE time_zone) = 1`,
      [now],
    );
    const mailings: Mailing[] = [];
    for (const organization of candidates) {
      const week = newsletterWeekDue(now, organization.timeZone);
      if (!week) continue;
      const mailing = { organizationId: organization.id, monday: week.monday };
      await this.dataSource.transaction(async (manager) => {
        await manager.query(
          `INSERT INTO newsletter_deliveries (user_id, week, organization_id)
           SELECT u.id, $2, u.organization_id FROM users u
            WHERE u.organization_id = $1 AND u.active
              AND NOT EXISTS (SELECT 1 FROM notification_preferences p WHERE p.user_id = u.id AND p.kind = $3 AND NOT p.email)
           ON CONFLICT (user_id, week) DO NOTHING`,
          [organization.id, week.monday, NotificationKind.DIGEST],
        );
        await this.jobs.send(NEWSLETTER_MAILING, mailing, { key: `${organization.id}:${week.monday}`, manager });
      });
      mailings.push(mailing);
    }
    return mailings;
  }

  /**
   * Mails one organisation's week to everyone waiting for it, a claimed batch at a time: a row is
   * stamped before its mail goes and un-stamped if SMTP refuses it, and then the job fails to retry.
   */
  async mail({ organizationId, monday }: Mailing): Promise<void> {
    const [organization] = await this.dataSource.query<{ name: string; timeZone: string }[]>(
      `SELECT name, time_zone AS "timeZone" FROM organizations WHERE id = $1`,
      [organizationId],
    );
    if (!organization) return;
    const week = weekStarting(monday, organization.timeZone);
    const digest = await this.digests.digest(organizationId, week.from, week.to);
    for (;;) {
      // An UPDATE answers [rows, count].
      const [batch] = await this.dataSource.query<[{ userId: string; email: string }[], number]>(
        `UPDATE newsletter_deliveries d SET sent_at = now() FROM users u
          WHERE u.id = d.user_id AND (d.user_id, d.week) IN (
                  SELECT w.user_id, w.week FROM newsletter_deliveries w
                   WHERE w.organization_id = $1 AND w.week = $2 AND w.sent_at IS NULL
                     AND NOT EXISTS (SELECT 1 FROM notification_preferences p WHERE p.user_id = w.user_id AND p.kind = $3 AND NOT p.email)
                   LIMIT $4 FOR UPDATE SKIP LOCKED)
         RETURNING d.user_id AS "userId", u.email`,
        [organizationId, monday, NotificationKind.DIGEST, MAILING_BATCH],
      );
      if (batch.length === 0) return;
      for (const [index, recipient] of batch.entries()) {
        try {
          await this.mailer.send({
            to: recipient.email,
            subject: `${organization.name}: the week of ${monday}`,
            text: `What ${organization.name} celebrated in the week of ${monday}: ${this.settings.publicUrl}/digest`,
            html: digest.html,
            unsubscribeUrl: this.links.url(recipient.userId, NotificationKind.DIGEST),
          });
        } catch (error) {
          await this.dataSource.query(`UPDATE newsletter_deliveries SET sent_at = NULL WHERE week = $1 AND user_id = ANY($2::uuid[])`, [
            monday,
            batch.slice(index).map((unsent) => unsent.userId),
          ]);
          throw error;
        }
      }
    }
  }
}
