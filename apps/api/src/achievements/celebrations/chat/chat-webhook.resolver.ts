import { Args, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@laurels/domain';
import { CurrentViewer, RequireRole, type Viewer } from '#platform/auth';
import { Loaders, type RequestLoaders } from '#platform/graphql';
import { OrganizationObject } from '#directory/organizations';
import { ChatWebhooksService } from './chat-webhooks.service.js';

/** The organisation's chat channel: set by admins, its state seen in Settings. */
@Resolver(() => OrganizationObject)
export class ChatWebhookResolver {
  constructor(private readonly webhooks: ChatWebhooksService) {}

  @Mutation(() => OrganizationObject, {
    description: 'Admin only; https URL of a Slack or Teams incoming webhook, or null to stop.',
  })
  @RequireRole(Role.ADMIN)
  async setChatWebhook(
    @CurrentViewer() viewer: Viewer,
    @Args('url', { type: () => String, nullable: true }) url: string | null,
  ): Promise<OrganizationObject> {
    return OrganizationObject.from(await this.webhooks.set(viewer, url ?? null));
  }

  @ResolveField(() => Boolean, { description: 'Whether celebrations are posted to a chat channel (Slack or Teams incoming webhook).' })
  async chatWebhookConfigured(@Parent() organization: OrganizationObject, @Loaders() loaders: RequestLoaders): Promise<boolean> {
    return (await loaders.get(this.webhooks.statuses).load(organization.id)).configured;
  }

  @ResolveField(() => Int, {
    description:
      'Posts to the chat webhook that failed in a row (each attempt, retries included) since the last one that went through; 0 without a webhook.',
  })
  async chatWebhookFailures(@Parent() organization: OrganizationObject, @Loaders() loaders: RequestLoaders): Promise<number> {
    return (await loaders.get(this.webhooks.statuses).load(organization.id)).failures;
  }
}
