import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { checkChatWebhookUrl } from '@laurels/domain';
import { In, type DataSource } from 'typeorm';
import type { Viewer } from '#platform/auth';
import { Settings } from '#platform/config';
import { indexBy } from '#platform/graphql';
import { SecretBox } from '#platform/secrets';
import { Organization } from '#directory/organizations';

export interface ChatWebhookStatus {
  readonly configured: boolean;
  readonly failures: number;
}

/** The organisation's chat channel: an incoming-webhook URL kept encrypted, and how its posts have fared. */
@Injectable()
export class ChatWebhooksService {
  private readonly box: SecretBox;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: Settings,
  ) {
    this.box = new SecretBox(settings.credentialsSecret, 'laurels:chat-webhooks');
  }

  /** Sets (or with null, removes) the webhook; a new one starts with no failures. */
  async set(viewer: Viewer, url: string | null): Promise<Organization> {
    const sealed = url === null ? null : this.box.seal(Buffer.from(checkChatWebhookUrl(url, this.settings.chatWebhookAllowLoopbackHttp)));
    const organizations = this.dataSource.getRepository(Organization);
    await organizations.update({ id: viewer.organizationId }, { chatWebhookUrl: sealed, chatWebhookFailures: 0 });
    return organizations.findOneByOrFail({ id: viewer.organizationId });
  }

  /** Batch load of organisations' webhook status, by id: one query for both fields of a request. */
  readonly statuses = async (organizationIds: readonly string[]): Promise<ChatWebhookStatus[]> => {
    const rows = await this.dataSource.getRepository(Organization).find({
      select: { id: true, chatWebhookUrl: true, chatWebhookFailures: true },
      where: { id: In([...organizationIds]) },
    });
    return indexBy(organizationIds, rows, (row) => row.id).map((row) =>
      row?.chatWebhookUrl ? { configured: true, failures: row.chatWebhookFailures } : { configured: false, failures: 0 },
    );
  };

  /** The URL in clear, for the one moment a post is sent. */
  open(sealed: string): string {
    return this.box.open(sealed).toString('utf8');
  }
}
