import { randomUUID } from 'node:crypto';
import { expectError } from './support/errors.js';
import { ledgerOf, type Member } from './support/fixtures.js';
import { databaseWork, queriesDuring } from './support/statements.js';
import { startTestApi, type TestApi } from './support/test-app.js';
import { buildWorld } from './support/world.js';

const START = `mutation ($input: StartMentorshipInput!) {
  startMentorship(input: $input) { id goal status startedAt endsAt mentor { id } mentee { id } sessions { id } }
}`;
const LOG = `mutation ($input: LogMentorshipSessionInput!) {
  logMentorshipSession(input: $input) { id heldAt minutes notes points loggedBy { id } }
}`;
const COMPLETE = `mutation ($id: ID!) { completeMentorship(mentorshipId: $id) { id status completedAt } }`;
const MENTORSHIPS = `query ($userId: ID, $teamId: ID) {
  mentorships(userId: $userId, teamId: $teamId) {
    id goal status mentor { id displayName } mentee { id displayName }
    sessions { id heldAt minutes notes points loggedBy { id } }
  }
}`;
const FEED = `{ celebrations(first: 50, kinds: [MENTORSHIP_COMPLETED]) { nodes { id kind title body user { id } actor { id } people { id } } } }`;

const BASE = new Date('2026-06-10T09:00:00.000Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface Session {
  readonly id: string;
  readonly points: number;
  readonly notes: string | null;
  readonly loggedBy: { id: string };
}

describe('mentorship: pairings, sessions the mentor earns points for, completions celebrated', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());
  beforeEach(() => api.clock.set(BASE));
  afterEach(() => api.clock.reset());

  /** Two teams; no default badges, so a ledger holds session points alone. */
  async function world() {
    const built = await buildWorld(api, {
      defaultBadges: false,
      teams: {
        Phones: { manager: 'Phones Manager', members: ['Mentor', 'Mentee', 'Bystander'] },
        Chat: { manager: 'Chat Manager', members: ['Chat Agent'] },
      },
    });
    const { people } = built;
    return { ...built, mentor: people.Mentor, mentee: people.Mentee, bystander: people.Bystander, phones: built.teams.Phones };
  }

  const start = (by: Member, input: Record<string, unknown>) => api.gql<{ startMentorship: { id: string } }>(START, { input }, by.token);
  async function paired(by: Member, mentor: Member, mentee: Member, goal = 'Handle escalations calmly'): Promise<string> {
    return (
      await api.ok<{ startMentorship: { id: string } }>(START, { input: { mentorId: mentor.id, menteeId: mentee.id, goal } }, by.token)
    ).startMentorship.id;
  }
  const log = (by: Member, input: Record<string, unknown>) =>
    api.gql<{ logMentorshipSession: Session }>(LOG, { input: { heldAt: api.clock.now().toISOString(), minutes: 45, ...input } }, by.token);
  async function logged(by: Member, input: Record<string, unknown>): Promise<Session> {
    const response = await log(by, input);
    if (response.errors) throw new Error(`logMentorshipSession failed: ${JSON.stringify(response.errors)}`);
    return response.data!.logMentorshipSession;
  }
  const mentoringRows = async (member: Member) => (await ledgerOf(api, member.id)).rows.filter((row) => row.reason === 'MENTORING');

  describe('pairing', () => {
    it('lets a manager pair two people of their team, with a goal and an end date', async () => {
      const { phones, mentor, mentee } = await world();
      const endsAt = new Date(BASE.getTime() + 90 * DAY).toISOString();
      const { startMentorship } = await api.ok(
        START,
        { input: { mentorId: mentor.id, menteeId: mentee.id, goal: '  Calm escalations ', endsAt } },
        phones.manager.token,
      );
      expect(startMentorship).toMatchObject({
        goal: 'Calm escalations',
        status: 'ACTIVE',
        startedAt: BASE.toISOString(),
        endsAt,
        mentor: { id: mentor.id },
        mentee: { id: mentee.id },
        sessions: [],
      });
    });

    it('refuses employees, managers of neither person, the same person twice and a past end date', async () => {
      const { teams, mentor, mentee, bystander, phones } = await world();
      const pair = { mentorId: mentor.id, menteeId: mentee.id, goal: 'Listening' };
      expectError(await start(bystander, pair), 'FORBIDDEN');
      expectError(await start(teams.Chat.manager, pair), 'FORBIDDEN');
      expectError(await start(phones.manager, { ...pair, menteeId: mentor.id }), 'BAD_USER_INPUT', 'menteeId');
      expectError(
        await start(phones.manager, { ...pair, endsAt: new Date(BASE.getTime() - DAY).toISOString() }),
        'BAD_USER_INPUT',
        'endsAt',
      );
      expectError(await start(phones.manager, { ...pair, goal: '   ' }), 'BAD_USER_INPUT', 'goal');
      expect(await api.sql('SELECT id FROM mentorships WHERE mentor_id = $1', [mentor.id])).toEqual([]);
    });

    it('refuses a second active pairing of the same two, either way round, even when requested at once', async () => {
      const { phones, admin, mentor, mentee } = await world();
      const requests = Array.from({ length: 8 }, (_, index) =>
        start(
          index % 2 ? admin : phones.manager,
          index % 3 ? { mentorId: mentor.id, menteeId: mentee.id, goal: 'A' } : { mentorId: mentee.id, menteeId: mentor.id, goal: 'B' },
        ),
      );
      const responses = await Promise.all(requests);
      expect(responses.filter((response) => !response.errors)).toHaveLength(1);
      for (const refused of responses.filter((response) => response.errors)) expectError(refused, 'BAD_USER_INPUT', 'menteeId');
      expect(
        await api.sql(`SELECT id FROM mentorships WHERE mentor_id IN ($1, $2) AND status = 'ACTIVE'`, [mentor.id, mentee.id]),
      ).toHaveLength(1);
    });

    it('pairs the two again once their mentorship was completed, or its end date went by', async () => {
      const { phones, mentor, mentee } = await world();
      const first = await paired(phones.manager, mentor, mentee);
      await api.ok(COMPLETE, { id: first }, mentor.token);
      const second = (
        await api.ok<{ startMentorship: { id: string } }>(
          START,
          { input: { mentorId: mentor.id, menteeId: mentee.id, goal: 'Round two', endsAt: new Date(BASE.getTime() + DAY).toISOString() } },
          phones.manager.token,
        )
      ).startMentorship.id;
      api.clock.set(new Date(BASE.getTime() + 2 * DAY));
      const { mentorships } = await api.ok<{ mentorships: { id: string; status: string }[] }>(MENTORSHIPS, {}, mentor.token);
      expect(mentorships.find((mentorship) => mentorship.id === second)?.status).toBe('ENDED');
      const third = await paired(phones.manager, mentor, mentee, 'Round three');
      const statuses = await api.sql<{ id: string; status: string }>('SELECT id, status FROM mentorships WHERE mentor_id = $1', [
        mentor.id,
      ]);
      expect(Object.fromEntries(statuses.map((row) => [row.id, row.status]))).toEqual({
        [first]: 'COMPLETED',
        [second]: 'ENDED',
        [third]: 'ACTIVE',
      });
    });

    it('does not see or pair people of another organisation', async () => {
      const { phones, mentor, mentee } = await world();
      const other = await world();
      expectError(await start(phones.manager, { mentorId: mentor.id, menteeId: other.mentee.id, goal: 'X' }), 'NOT_FOUND');
      const theirs = await paired(other.phones.manager, other.mentor, other.mentee);
      expectError(await api.gql(COMPLETE, { id: theirs }, phones.manager.token), 'NOT_FOUND');
      expectError(await log(mentor, { mentorshipId: theirs }), 'NOT_FOUND');
      expectError(await api.gql(MENTORSHIPS, { userId: other.mentor.id }, phones.manager.token), 'NOT_FOUND');
      await paired(phones.manager, mentor, mentee);
      const { mentorships } = await api.ok<{ mentorships: { id: string }[] }>(MENTORSHIPS, { teamId: phones.id }, phones.manager.token);
      expect(mentorships.map((mentorship) => mentorship.id)).not.toContain(theirs);
    });
  });

  describe('sessions', () => {
    it('earns the mentor points for the pair’s first session of each day, whoever logs it', async () => {
      const { phones, mentor, mentee } = await world();
      const mentorshipId = await paired(phones.manager, mentor, mentee);
      api.clock.set(new Date(BASE.getTime() + 2 * HOUR));
      const first = await logged(mentor, { mentorshipId, notes: 'Went through two hard calls' });
      expect(first).toMatchObject({ minutes: 45, points: 20, notes: 'Went through two hard calls', loggedBy: { id: mentor.id } });
      const sameDay = await logged(mentee, { mentorshipId, heldAt: new Date(BASE.getTime() + HOUR).toISOString(), minutes: 15 });
      expect(sameDay.points).toBe(0);
      api.clock.set(new Date(BASE.getTime() + DAY));
      expect((await logged(mentee, { mentorshipId })).points).toBe(20);

      expect(await mentoringRows(mentor)).toHaveLength(2);
      const ledger = await ledgerOf(api, mentor.id);
      expect(ledger).toMatchObject({ sum: 40, points: 40 });
      expect((await ledgerOf(api, mentee.id)).sum).toBe(0);
    });

    it('refuses anyone but the two of them, a session in the future or before the mentorship began, and a completed mentorship', async () => {
      const { phones, admin, mentor, mentee, bystander } = await world();
      const mentorshipId = await paired(phones.manager, mentor, mentee);
      api.clock.set(new Date(BASE.getTime() + HOUR));
      for (const outsider of [bystander, phones.manager, admin]) expectError(await log(outsider, { mentorshipId }), 'FORBIDDEN');
      expectError(
        await log(mentor, { mentorshipId, heldAt: new Date(BASE.getTime() + 2 * HOUR).toISOString() }),
        'BAD_USER_INPUT',
        'heldAt',
      );
      expectError(await log(mentor, { mentorshipId, heldAt: new Date(BASE.getTime() - HOUR).toISOString() }), 'BAD_USER_INPUT', 'heldAt');
      expectError(await log(mentor, { mentorshipId, minutes: 0 }), 'BAD_USER_INPUT', 'minutes');
      expectError(await log(mentor, { mentorshipId: 'not-an-id' }), 'BAD_USER_INPUT', 'mentorshipId');
      expectError(await log(mentor, { mentorshipId: randomUUID() }), 'NOT_FOUND');
      await api.ok(COMPLETE, { id: mentorshipId }, mentee.token);
      expectError(await log(mentor, { mentorshipId }), 'BAD_USER_INPUT', 'mentorshipId');
      expect(await api.sql('SELECT id FROM mentorship_sessions WHERE mentorship_id = $1', [mentorshipId])).toEqual([]);
      expect(await mentoringRows(mentor)).toEqual([]);
    });

    it('counts a retry with the same idempotency key once, even twenty at once', async () => {
      const { phones, mentor, mentee } = await world();
      const mentorshipId = await paired(phones.manager, mentor, mentee);
      api.clock.set(new Date(BASE.getTime() + HOUR));
      const responses = await Promise.all(Array.from({ length: 20 }, () => log(mentee, { mentorshipId, idempotencyKey: 'session-1' })));
      const ids = new Set(responses.map((response) => response.data?.logMentorshipSession.id));
      expect(responses.filter((response) => response.errors)).toEqual([]);
      expect(ids.size).toBe(1);
      expect(await api.sql('SELECT id FROM mentorship_sessions WHERE mentorship_id = $1', [mentorshipId])).toHaveLength(1);
      expect(await mentoringRows(mentor)).toHaveLength(1);
      expect((await ledgerOf(api, mentor.id)).points).toBe(20);
    });

    it('never awards twice when the two of them log sessions of the same day at once', async () => {
      const { phones, mentor, mentee } = await world();
      const mentorshipId = await paired(phones.manager, mentor, mentee);
      api.clock.set(new Date(BASE.getTime() + HOUR));
      const responses = await Promise.all(Array.from({ length: 12 }, (_, index) => log(index % 2 ? mentor : mentee, { mentorshipId })));
      expect(responses.filter((response) => response.errors)).toEqual([]);
      expect(responses.map((response) => response.data!.logMentorshipSession.points).sort((a, b) => b - a)).toEqual([
        20,
        ...Array(11).fill(0),
      ]);
      expect(await mentoringRows(mentor)).toHaveLength(1);
      expect(await ledgerOf(api, mentor.id)).toMatchObject({ sum: 20, points: 20 });
    });

    it('earns a MENTORING_SESSIONS badge when counted sessions reach its threshold', async () => {
      const { phones, admin, mentor, mentee } = await world();
      const { createBadge } = await api.ok<{ createBadge: { id: string } }>(
        `mutation ($input: CreateBadgeInput!) { createBadge(input: $input) { id } }`,
        {
          input: {
            name: 'Guide',
            description: 'Mentors colleagues',
            criteria: 'Hold two mentoring sessions on different days',
            kind: 'MENTORING_SESSIONS',
            threshold: 2,
            tier: 'BRONZE',
            icon: 'heart-handshake',
            points: 15,
          },
        },
        admin.token,
      );
      const mentorshipId = await paired(phones.manager, mentor, mentee);
      const awards = () => api.sql('SELECT user_id FROM badge_awards WHERE badge_id = $1', [createBadge.id]);
      api.clock.set(new Date(BASE.getTime() + HOUR));
      await logged(mentor, { mentorshipId });
      await logged(mentor, { mentorshipId });
      expect(await awards()).toEqual([]);
      api.clock.set(new Date(BASE.getTime() + DAY));
      await logged(mentor, { mentorshipId });
      expect(await awards()).toEqual([{ user_id: mentor.id }]);
      expect(await ledgerOf(api, mentor.id)).toMatchObject({ sum: 55, points: 55 });
    });
  });

  describe('completion', () => {
    it('celebrates both of them once on the feed, however often it is completed', async () => {
      const { phones, mentor, mentee, bystander } = await world();
      const mentorshipId = await paired(phones.manager, mentor, mentee, 'Own the escalation queue');
      expectError(await api.gql(COMPLETE, { id: mentorshipId }, bystander.token), 'FORBIDDEN');
      const results = await Promise.all(
        [mentor, mentee, phones.manager].map((member) => api.gql(COMPLETE, { id: mentorshipId }, member.token)),
      );
      expect(results.filter((result) => result.errors)).toEqual([]);
      expect(results.map((result) => result.data!.completeMentorship.status)).toEqual(['COMPLETED', 'COMPLETED', 'COMPLETED']);
      const { celebrations } = await api.ok(FEED, {}, bystander.token);
      expect(celebrations.nodes).toEqual([
        expect.objectContaining({
          kind: 'MENTORSHIP_COMPLETED',
          title: 'Mentor and Mentee completed a mentorship',
          body: 'Own the escalation queue',
          user: { id: mentee.id },
          actor: { id: mentor.id },
          people: expect.arrayContaining([{ id: mentor.id }, { id: mentee.id }]),
        }),
      ]);
    });
  });

  describe('reading', () => {
    it('shows each their own mentorships, as mentor and as mentee, with notes; managers and admins those of their people', async () => {
      const { phones, teams, admin, mentor, mentee, bystander } = await world();
      const mentorshipId = await paired(phones.manager, mentor, mentee);
      api.clock.set(new Date(BASE.getTime() + HOUR));
      const coached = await paired(phones.manager, bystander, mentor, 'Coach the coach');
      await logged(mentee, { mentorshipId, notes: 'Private notes' });

      const ids = async (member: Member, variables: Record<string, unknown> = {}) =>
        (await api.ok<{ mentorships: { id: string }[] }>(MENTORSHIPS, variables, member.token)).mentorships.map(
          (mentorship) => mentorship.id,
        );
      expect(await ids(mentor)).toEqual([coached, mentorshipId]);
      expect(await ids(mentee)).toEqual([mentorshipId]);
      expect(await ids(phones.manager, { userId: mentee.id })).toEqual([mentorshipId]);
      expect(await ids(admin, { teamId: phones.id })).toEqual([coached, mentorshipId]);
      const { mentorships } = await api.ok<{ mentorships: { sessions: Session[] }[] }>(MENTORSHIPS, {}, mentee.token);
      expect(mentorships[0]!.sessions.map((session) => session.notes)).toEqual(['Private notes']);

      expectError(await api.gql(MENTORSHIPS, { userId: mentee.id }, bystander.token), 'FORBIDDEN');
      expectError(await api.gql(MENTORSHIPS, { teamId: phones.id }, bystander.token), 'FORBIDDEN');
      expectError(await api.gql(MENTORSHIPS, { userId: mentee.id }, teams.Chat.manager.token), 'FORBIDDEN');
      expectError(await api.gql(MENTORSHIPS, { teamId: phones.id }, teams.Chat.manager.token), 'FORBIDDEN');
    });

    it('reads a person’s and a team’s mentorships through their indexes, whatever the rest of the organisation holds', async () => {
      const { phones, teams, admin, mentor, mentee } = await world();
      await paired(phones.manager, mentor, mentee);
      // Thousands of past mentorships elsewhere in the organisation, with their sessions.
      await api.sql(
        `WITH past AS (
           INSERT INTO mentorships (organization_id, mentor_id, mentee_id, goal, status, started_at)
           SELECT u.organization_id, $1, u.id, 'Past goal ' || n, 'COMPLETED', now() - n * interval '1 hour'
             FROM users u CROSS JOIN generate_series(1, 3000) AS n WHERE u.id = $2
           RETURNING id, started_at)
         INSERT INTO mentorship_sessions (mentorship_id, held_at, minutes, logged_by_id, counted, created_at)
         SELECT past.id, past.started_at, 30, $1, false, past.started_at FROM past`,
        [admin.id, teams.Chat.members[0]!.id],
      );
      await api.sql('ANALYZE mentorships, mentorship_sessions');
      for (const [variables, reader] of [
        [{}, mentor],
        [{}, admin],
        [{ userId: mentee.id }, phones.manager],
        [{ teamId: phones.id }, phones.manager],
      ] as const) {
        const work = await databaseWork(api, () => api.ok(MENTORSHIPS, variables, reader.token));
        // The admin mentors all 3,000: their list is the latest 50, each with its sessions and people, a few
        // hundred rows however the planner reaches them; reading the organisation's would be over 6,000.
        expect(work.rowsRead).toBeLessThan(600);
      }
    });

    it('lists the latest 10 sessions of each mentorship, at a cost that does not grow with the list', async () => {
      const { phones, admin, mentor, mentee, bystander } = await world();
      const mentorshipId = await paired(phones.manager, mentor, mentee);
      await paired(phones.manager, bystander, mentee, 'Second pairing');
      for (let day = 0; day < 23; day++) {
        api.clock.set(new Date(BASE.getTime() + day * DAY + HOUR));
        await logged(mentor, { mentorshipId, minutes: day + 1 });
      }
      const read = () =>
        api.ok<{ mentorships: { id: string; sessions: { minutes: number }[] }[] }>(MENTORSHIPS, { teamId: phones.id }, admin.token);
      const { mentorships } = await read();
      const sessions = mentorships.find((mentorship) => mentorship.id === mentorshipId)!.sessions;
      expect(sessions.map((session) => session.minutes)).toEqual(Array.from({ length: 10 }, (_, index) => 23 - index));

      const twoMentorships = await queriesDuring(api, read);
      await paired(phones.manager, mentor, bystander, 'Third pairing');
      await paired(admin, phones.manager, mentor, 'Fourth pairing');
      expect(await queriesDuring(api, read)).toBe(twoMentorships);
    });
  });
});
