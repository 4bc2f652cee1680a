import type { TestApi } from './test-app.js';

export interface InboxEntry {
  readonly kind: string;
  readonly title: string;
  readonly body: string;
  readonly url: string;
}

/** A person's latest notifications, newest first, and how many are unread. */
export async function inbox(api: TestApi, token: string): Promise<{ unreadCount: number; nodes: InboxEntry[] }> {
  const { notifications } = await api.ok<{ notifications: { unreadCount: number; nodes: InboxEntry[] } }>(
    '{ notifications(first: 20) { unreadCount nodes { kind title body url } } }',
    {},
    token,
  );
  return notifications;
}
