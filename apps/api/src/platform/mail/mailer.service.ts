import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { Settings } from '#platform/config';

export interface Mail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** One-click unsubscribe (RFC 8058): mail clients show it beside the sender. */
  readonly unsubscribeUrl: string;
}

/** Mail through SMTP_URL; without it nothing is mailed, and the log says so once. */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly logger = new Logger(Mailer.name);
  private readonly transport: Transporter | null;
  private saidOff = false;

  constructor(private readonly settings: Settings) {
    this.transport = settings.smtpUrl ? createTransport(settings.smtpUrl) : null;
  }

  /** Whether mail goes anywhere: callers queue no mail when it does not. */
  get configured(): boolean {
    if (!this.transport && !this.saidOff) {
      this.saidOff = true;
      this.logger.log('SMTP_URL is not set: nothing is mailed');
    }
    return this.transport !== null;
  }

  /** Sends one mail; rejects when the server does not take it (the job retries). */
  async send(mail: Mail): Promise<void> {
    if (!this.configured) return;
    await this.transport!.sendMail({
      from: this.settings.mailFrom,
      to: mail.to,
      subject: mail.subject,
      text: `${mail.text}\n\nUnsubscribe: ${mail.unsubscribeUrl}\n`,
      html: `${mail.html}<p style="font-size:12px;color:#555"><a href="${mail.unsubscribeUrl}">Unsubscribe</a></p>`,
      list: { unsubscribe: { url: mail.unsubscribeUrl, comment: 'Unsubscribe' } },
      headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
