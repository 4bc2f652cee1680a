import { Args, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { NOTIFICATION_KINDS, NotificationKind } from '@laurels/domain';
import { CurrentViewer, SignedIn, type Viewer } from '#platform/auth';
import { AtMost, decodeCursor, encodeCursor, IdListArg, PageArg, PagedBy, type GraphQLContext } from '#platform/graphql';
import { NotificationConnectionObject } from './dto/notification-connection.object.js';
import { NotificationPreferenceObject } from './dto/notification-preference.object.js';
import { NotificationObject } from './dto/notification.object.js';
import type { NotificationEvent } from './live-notifications.js';
import { LiveNotifications } from './live-notifications.js';
import { NotificationsService } from './notifications.service.js';

const MAX_NOTIFICATIONS_PAGE = 50;
/** Notifications one markNotificationsRead may name. */
const MAX_MARKED = 200;

@Resolver(() => NotificationObject)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly live: LiveNotifications,
  ) {}

  @Query(() => NotificationConnectionObject, {
    description: `The viewer’s notifications, newest first, ${MAX_NOTIFICATIONS_PAGE} at most a page; unreadOnly: those not yet read.`,
  })
  @SignedIn()
  @PagedBy(MAX_NOTIFICATIONS_PAGE)
  async notifications(
    @CurrentViewer() viewer: Viewer,
    @PageArg(20, MAX_NOTIFICATIONS_PAGE) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('unreadOnly', { type: () => Boolean, nullable: true }) unreadOnly: boolean | null,
  ): Promise<NotificationConnectionObject> {
    const rows = await this.service.page(viewer, first, after ? decodeCursor(after) : null, unreadOnly ?? false);
    const nodes = rows.slice(0, first);
    const last = nodes.at(-1);
    return {
      nodes: nodes.map(NotificationObject.from),
      pageInfo: { endCursor: last ? encodeCursor({ at: last.createdAt, id: last.id }) : null, hasNextPage: rows.length > first },
      unreadCount: await this.service.unreadCount(viewer),
    };
  }

  @Query(() => [NotificationPreferenceObject], { description: 'The viewer’s choice for every kind of notification.' })
  @SignedIn()
  @AtMost(NOTIFICATION_KINDS.length)
  notificationPreferences(@CurrentViewer() viewer: Viewer): Promise<NotificationPreferenceObject[]> {
    return this.service.preferences(viewer);
  }

  @Mutation(() => Int, {
    description: `Marks these of the viewer’s notifications read (at most ${MAX_MARKED}), or all of them without ids; returns how many were unread.`,
  })
  @SignedIn()
  markNotificationsRead(@CurrentViewer() viewer: Viewer, @IdListArg('ids', MAX_MARKED) ids: string[] | null): Promise<number> {
    return this.service.markRead(viewer, ids);
  }

  @Mutation(() => NotificationPreferenceObject, {
    description: 'Whether one kind of notification is shown in the portal and mailed to the viewer.',
  })
  @SignedIn()
  setNotificationPreference(
    @CurrentViewer() viewer: Viewer,
    @Args('kind', { type: () => NotificationKind }) kind: NotificationKind,
    @Args('inApp') inApp: boolean,
    @Args('email') email: boolean,
  ): Promise<NotificationPreferenceObject> {
    return this.service.setPreference(viewer.userId, { kind, inApp, email });
  }

  @Subscription(() => NotificationObject, {
    description: 'The viewer’s new notifications, as they are committed.',
    filter: (event: NotificationEvent, _args: unknown, context: GraphQLContext) => event.recipientId === context.viewer?.userId,
    resolve: (event: NotificationEvent) => NotificationObject.fromEvent(event),
  })
  @SignedIn()
  notificationAdded(): AsyncIterableIterator<NotificationEvent> {
    return this.live.events();
  }
}
