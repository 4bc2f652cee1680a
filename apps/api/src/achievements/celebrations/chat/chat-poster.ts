import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { chatMessage } from '@laurels/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { Settings } from '#platform/config';
import { Jobs } from '#platform/jobs';
import { ChatWebhooksService } from './chat-webhooks.service.js';

export const CHAT_POST_QUEUE = 'chat-post';
const ORGANIZATIONS_WITH_WEBHOOK = 'laurels.organizationsWithChatWebhook';
/** A webhook that has not answered within this is counted as failed (and retried). */
const POST_TIMEOUT_MS = 10_000;

interface ChatPost {
  readonly celebrationId: string;
}

/**
 * Posts celebrations to the organisation's chat channel. The post is a job sent inside the
 * transaction that writes the celebration, keyed by the celebration: it exists only if that
 * commits, and once. Its worker sends it; a failure is logged, counted on the organisation and
 * retried with back-off, and undoes nothing.
 */
@Injectable()
export class ChatPoster implements OnModuleInit {
  private readonly logger = new Logger(ChatPoster.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: Jobs,
    private readonly webhooks: ChatWebhooksService,
    private readonly settings: Settings,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work<ChatPost>(CHAT_POST_QUEUE, (post) => this.post(post.celebrationId), {
      retryLimit: 5,
      retryDelaySeconds: this.settings.chatWebhookRetryDelaySeconds,
      expireInSeconds: 60,
    });
  }

  /** Queues the post of a celebration just written through `manager`, when its organisation has a chat channel. */
  async enqueue(manager: EntityManager, celebration: { id: string; organizationId: string }): Promise<void> {
    if (!(await this.hasWebhook(manager, celebration.organizationId))) return;
    await this.jobs.send<ChatPost>(CHAT_POST_QUEUE, { celebrationId: celebration.id }, { key: celebration.id, manager });
  }

  /** Whether the organisation has a webhook, read once per transaction. */
  private async hasWebhook(manager: EntityManager, organizationId: string): Promise<boolean> {
    const data = (manager.queryRunner?.data ?? {}) as Record<string, Map<string, boolean> | undefined>;
    const known = (data[ORGANIZATIONS_WITH_WEBHOOK] ??= new Map());
    if (!known.has(organizationId)) {
      const [row] = await manager.query<{ configured: boolean }[]>(
        'SELECT chat_webhook_url IS NOT NULL AS configured FROM organizations WHERE id = $1',
        [organizationId],
      );
      known.set(organizationId, row?.configured ?? false);
    }
    return known.get(organizationId)!;
  }

  private async post(celebrationId: string): Promise<void> {
    const [row] = await this.dataSource.query<{ organizationId: string; title: string; body: string | null; webhook: string | null }[]>(
      `SELECT c.organization_id AS "organizationId", c.title, c.body, o.chat_webhook_url AS webhook
         FROM celebrations c JOIN organizations o ON o.id = c.organization_id
        WHERE c.id = $1`,
      [celebrationId],
    );
    // Deleted since, or the channel turned off: nothing to post.
    if (!row?.webhook) return;
    const message = chatMessage(row, `${this.settings.publicUrl}/feed`);
    const problem = await fetch(this.webhooks.open(row.webhook), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(message),
      redirect: 'error',
      signal: AbortSignal.timeout(POST_TIMEOUT_MS),
    }).then(
      (response) => (response.ok ? null : `answered ${response.status}`),
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    if (problem === null) {
      await this.dataSource.query('UPDATE organizations SET chat_webhook_failures = 0 WHERE id = $1 AND chat_webhook_failures > 0', [
        row.organizationId,
      ]);
      return;
    }
    await this.dataSource.query('UPDATE organizations SET chat_webhook_failures = chat_webhook_failures + 1 WHERE id = $1', [
      row.organizationId,
    ]);
    // The URL is a secret: the log names the organisation and the celebration only.
    this.logger.warn(`Chat webhook of organisation ${row.organizationId} failed for celebration ${celebrationId}: ${problem}`);
    throw new Error(`chat webhook ${problem}`);
  }
}
