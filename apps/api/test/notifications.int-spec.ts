import { randomUUID } from 'node:crypto';
import { LiveNotifications } from '../src/directory/notifications/live-notifications.js';
import { RemindersService } from '../src/activities/reminders/reminders.service.js';
import { createCertification, DAY_MS, earn, lessons } from './support/achievements.js';
import { expectError } from './support/errors.js';
import type { Member } from './support/fixtures.js';
import { LiveSubscription, liveClient } from './support/live.js';
import { startTestApi, type TestApi } from './support/test-app.js';
import { buildWorld } from './support/world.js';

const NOTIFICATIONS = `query ($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    nodes { id kind title body url readAt createdAt } pageInfo { endCursor hasNextPage } unreadCount
  }
}`;
const MARK_READ = `mutation ($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;
const PREFERENCES = `{ notificationPreferences { kind inApp email } }`;
const SET_PREFERENCE = `mutation ($kind: NotificationKind!, $inApp: Boolean!, $email: Boolean!) {
  setNotificationPreference(kind: $kind, inApp: $inApp, email: $email) { kind inApp email }
}`;
const GIVE = `mutation ($input: GiveKudosInput!) { giveKudos(input: $input) { id } }`;
const COMMENT = `mutation ($id: ID!, $body: String!) { comment(celebrationId: $id, body: $body) { id } }`;
const ASSIGN = `mutation ($input: AssignCourseInput!) { assignCourse(input: $input) { id } }`;
const NUDGE = `mutation ($ids: [ID!]!, $message: String) { nudge(assignmentIds: $ids, message: $message) }`;
const ADDED = `subscription { notificationAdded { id kind title body url } }`;

interface Listed {
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  readonly body: string;
  readonly url: string;
  readonly readAt: string | null;
}
interface Page {
  readonly nodes: Listed[];
  readonly pageInfo: { endCursor: string | null; hasNextPage: boolean };
  readonly unreadCount: number;
}

describe('notifications', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(async () => api?.close());
  afterEach(() => api.clock.reset());

  const world = () =>
    buildWorld(api, {
      teams: { Front: { manager: 'Maya', members: ['Priya', 'Leo'] }, Back: { manager: 'Jordan', members: ['Omar'] } },
      courses: { listening: { title: 'Listening', modules: lessons(10) } },
    });
  const page = async (member: Member, variables: Record<string, unknown> = {}) =>
    (await api.ok<{ notifications: Page }>(NOTIFICATIONS, variables, member.token)).notifications;
  const thank = (from: Member, to: Member, message = 'Thanks for covering my shift', idempotencyKey?: string) =>
    api.ok(GIVE, { input: { toUserId: to.id, message, values: ['Empathy'], points: 0, idempotencyKey } }, from.token);

  /** Waits until the live subscription really listens, with probes only its recipient hears. */
  async function listening(member: Member, organizationId: string): Promise<LiveSubscription<{ id: string; kind: string }>> {
    const subscription = new LiveSubscription<{ id: string; kind: string }>(
      liveClient(api, `Bearer ${member.token}`),
      ADDED,
      {},
      'notificationAdded',
    );
    const live = api.app.get(LiveNotifications);
    const probe = randomUUID();
    const deadline = Date.now() + 5_000;
    while (!subscription.received.some((event) => event.id === probe)) {
      if (Date.now() > deadline) throw new Error(`the subscription never started: ${JSON.stringify(subscription.errors)}`);
      await live.written(undefined, [
        {
          id: probe,
          organizationId,
          recipientId: member.id,
          kind: 'NUDGE',
          title: 'Probe',
          body: '',
          url: '/',
          createdAt: new Date().toISOString(),
        },
      ]);
      await subscription
        .until(
          () => subscription.received.length > 0,
          100,
          () => '',
        )
        .catch(() => undefined);
    }
    subscription.received.splice(0);
    return subscription;
  }

  it('tells the person thanked, once per kudos, live and in their list, newest first with an unread count', async () => {
    const { organization, people } = await world();
    const live = await listening(people.Priya, organization.id);
    try {
      await thank(people.Leo, people.Priya, 'You saved the day', 'kudos-1');
      await thank(people.Leo, people.Priya, 'You saved the day', 'kudos-1');
      await thank(people.Omar, people.Priya, 'Great handover');
      const [delivered] = await live.next(1);
      expect(delivered).toMatchObject({
        kind: 'KUDOS_RECEIVED',
        title: 'Leo thanked you',
        body: 'You saved the day',
        url: `/people/${people.Priya.id}`,
      });
      await live.next(2);
    } finally {
      await live.close();
    }
    const listed = await page(people.Priya);
    expect(listed.nodes.map((node) => node.body)).toEqual(['Great handover', 'You saved the day']);
    expect(listed.unreadCount).toBe(2);
    expect((await page(people.Leo)).nodes).toEqual([]);
  });

  it('pages with a cursor, lists unread only when asked, and marks some or all read', async () => {
    const { people } = await world();
    for (const message of ['one', 'two', 'three']) await thank(people.Leo, people.Priya, message);
    const first = await page(people.Priya, { first: 2 });
    expect(first.nodes.map((node) => node.body)).toEqual(['three', 'two']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await page(people.Priya, { first: 2, after: first.pageInfo.endCursor });
    expect(second.nodes.map((node) => node.body)).toEqual(['one']);
    expect(second.pageInfo.hasNextPage).toBe(false);

    expect((await api.ok(MARK_READ, { ids: [first.nodes[0]!.id] }, people.Priya.token)).markNotificationsRead).toBe(1);
    // Someone else's notification is not theirs to mark.
    expect((await api.ok(MARK_READ, { ids: [first.nodes[1]!.id] }, people.Leo.token)).markNotificationsRead).toBe(0);
    const unread = await page(people.Priya, { unreadOnly: true });
    expect(unread.nodes.map((node) => node.body)).toEqual(['two', 'one']);
    expect(unread.unreadCount).toBe(2);
    expect((await api.ok(MARK_READ, {}, people.Priya.token)).markNotificationsRead).toBe(2);
    expect((await page(people.Priya)).unreadCount).toBe(0);
    expect((await page(people.Priya)).nodes.every((node) => node.readAt !== null)).toBe(true);
  });

  it('refuses a page size, a cursor or ids it cannot use, naming the argument', async () => {
    const { people } = await world();
    expectError(await api.gql(NOTIFICATIONS, { first: 500 }, people.Priya.token), 'BAD_USER_INPUT', 'first');
    expectError(await api.gql(NOTIFICATIONS, { after: 'nonsense' }, people.Priya.token), 'BAD_USER_INPUT', 'after');
    expectError(await api.gql(MARK_READ, { ids: ['not-an-id'] }, people.Priya.token), 'BAD_USER_INPUT', 'ids');
    expectError(await api.gql(NOTIFICATIONS, {}), 'UNAUTHENTICATED');
  });

  it('follows each person’s preferences per kind, with defaults, and keeps the digest out of the portal', async () => {
    const { people } = await world();
    const preferences = (await api.ok(PREFERENCES, {}, people.Priya.token)).notificationPreferences as {
      kind: string;
      inApp: boolean;
      email: boolean;
    }[];
    expect(preferences).toContainEqual({ kind: 'KUDOS_RECEIVED', inApp: true, email: false });
    expect(preferences).toContainEqual({ kind: 'ASSIGNMENT_DUE', inApp: true, email: true });
    expect(preferences).toContainEqual({ kind: 'DIGEST', inApp: false, email: true });

    const set = await api.ok(SET_PREFERENCE, { kind: 'KUDOS_RECEIVED', inApp: false, email: false }, people.Priya.token);
    expect(set.setNotificationPreference).toEqual({ kind: 'KUDOS_RECEIVED', inApp: false, email: false });
    await thank(people.Leo, people.Priya, 'Quietly thanked');
    expect((await page(people.Priya)).nodes).toEqual([]);
    expect((await api.ok(PREFERENCES, {}, people.Priya.token)).notificationPreferences).toContainEqual({
      kind: 'KUDOS_RECEIVED',
      inApp: false,
      email: false,
    });
    expectError(await api.gql(SET_PREFERENCE, { kind: 'DIGEST', inApp: true, email: true }, people.Priya.token), 'BAD_USER_INPUT', 'inApp');
    expect((await api.gql(SET_PREFERENCE, { kind: 'LOUDER', inApp: true, email: true }, people.Priya.token)).errors).toBeDefined();
  });

  it('tells the people a moment celebrates when someone comments on it, but not the one commenting', async () => {
    const { people } = await world();
    await thank(people.Leo, people.Priya, 'Helped a customer in tears');
    const [card] = await api.sql<{ id: string }>(`SELECT id FROM celebrations WHERE kind = 'KUDOS' AND user_id = $1`, [people.Priya.id]);
    await api.ok(COMMENT, { id: card!.id, body: 'So well deserved' }, people.Omar.token);
    await api.ok(COMMENT, { id: card!.id, body: 'Thank you all' }, people.Priya.token);
    const comments = (await page(people.Priya)).nodes.filter((node) => node.kind === 'COMMENT');
    expect(comments).toEqual([expect.objectContaining({ body: 'So well deserved', url: '/feed' })]);
    expect(comments[0]!.title).toMatch(/^Omar commented on/);
  });

  it('tells a learner of each badge they earn', async () => {
    const { people, courses } = await world();
    await earn(api, people.Priya.token, courses.listening.modules[0]!.id);
    const badges = (await page(people.Priya)).nodes.filter((node) => node.kind === 'BADGE_EARNED');
    expect(badges.length).toBeGreaterThan(0);
    expect(badges[0]!.url).toMatch(/^\/badges\//);
  });

  describe('reminders (the hourly job)', () => {
    it('reminds of assignments due within three days and then overdue, once each, and not of those completed', async () => {
      const { teams, people, courses } = await world();
      const now = new Date('2026-12-07T10:00:00Z');
      api.clock.set(now);
      await api.ok(
        ASSIGN,
        { input: { courseId: courses.listening.id, teamId: teams.Front.id, dueAt: new Date(now.getTime() + 2 * DAY_MS).toISOString() } },
        people.Maya.token,
      );
      await earn(api, people.Leo.token, courses.listening.modules[0]!.id);
      const reminders = api.app.get(RemindersService);
      expect(await reminders.remind()).toBe(1);
      expect(await reminders.remind()).toBe(0);
      const due = (await page(people.Priya)).nodes.filter((node) => node.kind === 'ASSIGNMENT_DUE');
      expect(due).toEqual([expect.objectContaining({ title: '“Listening” is due soon', url: `/courses/${courses.listening.id}` })]);
      expect((await page(people.Leo)).nodes.filter((node) => node.kind.startsWith('ASSIGNMENT'))).toEqual([]);

      api.clock.set(new Date(now.getTime() + 2 * DAY_MS + 60 * 60 * 1000));
      expect(await reminders.remind()).toBe(1);
      expect(await reminders.remind()).toBe(0);
      expect((await page(people.Priya)).nodes.map((node) => node.kind)).toContain('ASSIGNMENT_OVERDUE');
    });

    it('reminds a holder once when their certification enters its renewal window', async () => {
      const { people, courses, admin } = await world();
      await createCertification(api, admin.token, { name: 'Care Certified', requiredCourseIds: [courses.listening.id], validityDays: 60 });
      await earn(api, people.Omar.token, courses.listening.modules[0]!.id);
      const reminders = api.app.get(RemindersService);
      expect(await reminders.remind()).toBe(0);
      api.clock.set(new Date(Date.now() + 40 * DAY_MS));
      expect(await reminders.remind()).toBe(1);
      expect(await reminders.remind()).toBe(0);
      const expiring = (await page(people.Omar)).nodes.filter((node) => node.kind === 'CERTIFICATION_EXPIRING');
      expect(expiring).toEqual([expect.objectContaining({ title: 'Your “Care Certified” certification expires soon' })]);
      expect(expiring[0]!.url).toMatch(/^\/certificates\//);
    });
  });

  describe('nudge', () => {
    async function assignedFront() {
      const built = await world();
      const { teams, people, courses } = built;
      const assigned = (
        await api.ok<{ assignCourse: { id: string }[] }>(
          ASSIGN,
          { input: { courseId: courses.listening.id, teamId: teams.Front.id, dueAt: new Date(Date.now() + DAY_MS).toISOString() } },
          people.Maya.token,
        )
      ).assignCourse;
      const [omars] = (
        await api.ok<{ assignCourse: { id: string }[] }>(
          ASSIGN,
          { input: { courseId: courses.listening.id, userIds: [people.Omar.id] } },
          people.Jordan.token,
        )
      ).assignCourse;
      return { ...built, assigned, omars: omars! };
    }

    it('reminds the people behind, live, at most once a day per assignment, with the manager’s message', async () => {
      const { organization, people, courses, assigned } = await assignedFront();
      await earn(api, people.Leo.token, courses.listening.modules[0]!.id);
      const live = await listening(people.Priya, organization.id);
      try {
        const ids = assigned.map((assignment) => assignment.id);
        expect((await api.ok(NUDGE, { ids, message: '  Ten minutes today?  ' }, people.Maya.token)).nudge).toBe(1);
        const [nudged] = await live.next(1);
        expect(nudged).toMatchObject({ kind: 'NUDGE', title: 'Maya nudged you about “Listening”', body: 'Ten minutes today?' });
        expect((await api.ok(NUDGE, { ids }, people.Maya.token)).nudge).toBe(0);
        api.clock.set(new Date(Date.now() + DAY_MS));
        expect((await api.ok(NUDGE, { ids }, people.Maya.token)).nudge).toBe(1);
        await live.next(2);
      } finally {
        await live.close();
      }
      expect((await page(people.Leo)).nodes.filter((node) => node.kind === 'NUDGE')).toEqual([]);
    });

    it('refuses another team’s assignments, employees, unknown ids and bad input, and sends nothing', async () => {
      const { people, assigned, omars, admin } = await assignedFront();
      const ids = assigned.map((assignment) => assignment.id);
      expectError(await api.gql(NUDGE, { ids: [...ids, omars.id] }, people.Maya.token), 'FORBIDDEN');
      expectError(await api.gql(NUDGE, { ids }, people.Priya.token), 'FORBIDDEN');
      expectError(await api.gql(NUDGE, { ids: [randomUUID()] }, people.Maya.token), 'NOT_FOUND');
      expectError(await api.gql(NUDGE, { ids: [] }, people.Maya.token), 'BAD_USER_INPUT', 'assignmentIds');
      expectError(await api.gql(NUDGE, { ids: ['nope'] }, people.Maya.token), 'BAD_USER_INPUT', 'assignmentIds');
      expectError(await api.gql(NUDGE, { ids, message: 'x'.repeat(501) }, people.Maya.token), 'BAD_USER_INPUT', 'message');
      expect(
        await api.sql(`SELECT 1 FROM notifications WHERE kind = 'NUDGE' AND recipient_id = ANY($1)`, [[people.Priya.id, people.Omar.id]]),
      ).toEqual([]);
      // An admin may nudge anyone.
      expect((await api.ok(NUDGE, { ids: [omars.id] }, admin.token)).nudge).toBe(1);
    });
  });
});
