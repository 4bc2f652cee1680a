import { Controller, Get, Header, HttpCode, Post, Query } from '@nestjs/common';
import { Public } from '#platform/auth';
import { escapeHtml } from '#platform/mail';
import { UnsubscribeLinks } from './notification-mail.js';
import { NotificationsService } from './notifications.service.js';

const KIND_NAMES: Record<string, string> = {
  DIGEST: 'the weekly digest',
};

/**
 * The link at the foot of every mail: opening it (GET) or a mail client's one-click request (POST,
 * RFC 8058) stops that kind of mail, without signing in; the token says whose and which.
 */
@Controller('mail/unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly links: UnsubscribeLinks,
    private readonly notifications: NotificationsService,
  ) {}

  @Get()
  @Public()
  @Header('content-type', 'text/html; charset=utf-8')
  async open(@Query('token') token: string | undefined): Promise<string> {
    return this.unsubscribe(token);
  }

  @Post()
  @Public()
  @HttpCode(200)
  @Header('content-type', 'text/html; charset=utf-8')
  async oneClick(@Query('token') token: string | undefined): Promise<string> {
    return this.unsubscribe(token);
  }

  private async unsubscribe(token: string | undefined): Promise<string> {
    const subscription = token ? this.links.read(token) : null;
    if (!subscription) return page('This unsubscribe link is not valid. Sign in to Laurels and change your notifications in Settings.');
    await this.notifications.stopMail(subscription.userId, subscription.kind);
    const what = KIND_NAMES[subscription.kind] ?? `${subscription.kind.toLowerCase().replaceAll('_', ' ')} notifications`;
    return page(`You will no longer get ${what} by email. You can turn it back on in Laurels, under Settings.`);
  }
}

function page(message: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Laurels: unsubscribe</title></head><body><main><h1>Laurels</h1><p>${escapeHtml(message)}</p></main></body></html>`;
}
