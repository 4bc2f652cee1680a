import { randomUUID } from 'node:crypto';
import { DAY_MS } from './support/achievements.js';
import { expectError } from './support/errors.js';
import { ledgerOf, type Member, type Organization } from './support/fixtures.js';
import { startTestApi, type GraphQLResponse, type TestApi } from './support/test-app.js';
import { buildWorld } from './support/world.js';

const GIVE = `mutation ($input: GiveKudosInput!) {
  giveKudos(input: $input) { id message values points createdAt from { id displayName } to { id displayName } }
}`;
const ALLOWANCE_LEFT = `{ me { kudosAllowanceLeft } }`;
const SET_ALLOWANCE = `mutation ($points: Int!) { setKudosAllowance(points: $points) { kudosAllowance } }`;
const SET_VALUES = `mutation ($values: [String!]!) { setOrganizationValues(values: $values) { values } }`;
const KUDOS_FEED = `{
  celebrations(first: 100, kinds: [KUDOS]) {
    nodes { id kind title body icon createdAt user { id } actor { id } people { id } team { id } kudos { id message values points from { id } to { id } } }
  }
}`;
const CREATE_BADGE = `mutation ($input: CreateBadgeInput!) { createBadge(input: $input) { id } }`;
const CREATE_MILESTONE = `mutation ($input: CreateTeamMilestoneInput!) { createTeamMilestone(input: $input) { id } }`;

interface Given {
  readonly id: string;
  readonly message: string;
  readonly values: string[];
  readonly points: number;
  readonly createdAt: string;
  readonly from: { id: string; displayName: string };
  readonly to: { id: string; displayName: string };
}

const BASE = new Date('2026-06-10T09:00:00.000Z');

describe('kudos: thanks between colleagues, paid from a monthly allowance', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());
  beforeEach(() => api.clock.set(BASE));
  afterEach(() => api.clock.reset());

  /** An organisation without default badges (so that a ledger holds kudos alone), with two teams. */
  async function world(timeZone?: string) {
    const { organization, teams } = await buildWorld(api, {
      timeZone,
      defaultBadges: false,
      teams: {
        Phones: { manager: 'Phones Manager', members: ['Phones 1', 'Phones 2'] },
        Chat: { manager: 'Chat Manager', members: ['Chat 1'] },
      },
    });
    return { organization, admin: organization.admin.token, phones: teams.Phones, chat: teams.Chat };
  }

  type KudosInput = {
    toUserId: string;
    toUserIds?: string[];
    message?: string;
    values?: string[];
    points?: number;
    idempotencyKey?: string;
  };
  const give = (from: Member | string, input: KudosInput) =>
    api.gql<{ giveKudos: Given }>(
      GIVE,
      { input: { message: 'Thanks for covering my shift', values: ['Empathy'], points: 10, ...input } },
      typeof from === 'string' ? from : from.token,
    );
  async function given(from: Member | string, input: KudosInput): Promise<Given> {
    const response = await give(from, input);
    if (response.errors) throw new Error(`giveKudos failed: ${JSON.stringify(response.errors)}`);
    return response.data!.giveKudos;
  }
  const left = async (member: Member) =>
    (await api.ok<{ me: { kudosAllowanceLeft: number } }>(ALLOWANCE_LEFT, {}, member.token)).me.kudosAllowanceLeft;

  /** Everything giving kudos writes in the organisation. */
  async function written(organization: Organization) {
    const [counts] = await api.sql<Record<string, number>>(
      `SELECT (SELECT count(*)::int FROM kudos WHERE organization_id = $1) AS kudos,
              (SELECT count(*)::int FROM points_entries WHERE organization_id = $1) AS points,
              (SELECT COALESCE(sum(points), 0)::int FROM users WHERE organization_id = $1) AS balances,
              (SELECT count(*)::int FROM celebrations WHERE organization_id = $1) AS celebrations`,
      [organization.id],
    );
    return counts!;
  }

  describe('giving', () => {
    it('moves the points from the giver’s allowance onto the receiver’s ledger, trims the message and spells values as the organisation does', async () => {
      const { organization, phones } = await world();
      const [gia, rob] = phones.members as [Member, Member];

      const kudos = await given(gia, {
        toUserId: rob.id,
        message: '  Thanks for covering my shift!  ',
        values: ['EMPATHY', ' going the EXTRA mile ', 'empathy'],
        points: 30,
      });

      expect(kudos).toEqual({
        id: expect.any(String),
        message: 'Thanks for covering my shift!',
        values: ['Empathy', 'Going the extra mile'],
        points: 30,
        createdAt: BASE.toISOString(),
        from: { id: gia.id, displayName: 'Phones 1' },
        to: { id: rob.id, displayName: 'Phones 2' },
      });
      expect(
        await api.sql('SELECT from_user_id, to_user_id, message, "values", points, created_at FROM kudos WHERE organization_id = $1', [
          organization.id,
        ]),
      ).toEqual([
        {
          from_user_id: gia.id,
          to_user_id: rob.id,
          message: 'Thanks for covering my shift!',
          values: ['Empathy', 'Going the extra mile'],
          points: 30,
          created_at: BASE,
        },
      ]);
      expect(await ledgerOf(api, rob.id)).toEqual({
        rows: [{ amount: 30, reason: 'KUDOS_RECEIVED', source_id: kudos.id }],
        sum: 30,
        points: 30,
      });
      expect(await ledgerOf(api, gia.id)).toEqual({ rows: [], sum: 0, points: 0 });
      const { pointsHistory } = await api.ok<{ pointsHistory: { amount: number; reason: string; description: string }[] }>(
        `{ pointsHistory { amount reason description } }`,
        {},
        rob.token,
      );
      expect(pointsHistory).toEqual([{ amount: 30, reason: 'KUDOS_RECEIVED', description: 'Kudos from Phones 1' }]);
      expect(await left(gia)).toBe(70);
      expect(await left(rob)).toBe(100);
    });

    it('celebrates kudos on the feed: the receiver, the giver as actor, the receiver’s team, the message and the kudos with their values and points', async () => {
      const { phones, chat } = await world();
      const [gia] = phones.members as [Member];
      const cat = chat.members[0]!;

      const kudos = await given(gia, { toUserId: cat.id, message: 'Your macro saved us an hour', values: ['ownership'], points: 25 });

      const { celebrations } = await api.ok<{ celebrations: { nodes: unknown[] } }>(KUDOS_FEED, {}, phones.manager.token);
      expect(celebrations.nodes).toEqual([
        {
          id: expect.any(String),
          kind: 'KUDOS',
          title: 'Phones 1 gave kudos to Chat 1',
          body: 'Your macro saved us an hour',
          icon: 'hand-heart',
          createdAt: BASE.toISOString(),
          user: { id: cat.id },
          actor: { id: gia.id },
          people: [{ id: cat.id }],
          team: { id: chat.id },
          kudos: {
            id: kudos.id,
            message: 'Your macro saved us an hour',
            values: ['Ownership'],
            points: 25,
            from: { id: gia.id },
            to: { id: cat.id },
          },
        },
      ]);
    });

    it('gives kudos of 0 points: a celebration, no ledger row, nothing spent, even with no allowance left', async () => {
      const { organization, admin, phones } = await world();
      const [gia, rob] = phones.members as [Member, Member];
      await api.ok(SET_ALLOWANCE, { points: 0 }, admin);

      const kudos = await given(gia, { toUserId: rob.id, points: 0 });

      expect(kudos.points).toBe(0);
      expect(await ledgerOf(api, rob.id)).toEqual({ rows: [], sum: 0, points: 0 });
      expect(await written(organization)).toEqual({ kudos: 1, points: 0, balances: 0, celebrations: 1 });
      const { celebrations } = await api.ok<{ celebrations: { nodes: { kind: string; kudos: { points: number } }[] } }>(
        KUDOS_FEED,
        {},
        rob.token,
      );
      expect(celebrations.nodes.map((node) => [node.kind, node.kudos.points])).toEqual([['KUDOS', 0]]);
      expect(await left(gia)).toBe(0);
    });

    it('takes a message of exactly 500 characters, and any role may give', async () => {
      const { admin, organization, phones } = await world();
      const [gia, rob] = phones.members as [Member, Member];
      expect((await given(gia, { toUserId: rob.id, message: 'x'.repeat(500), points: 1 })).message).toHaveLength(500);
      await given(phones.manager, { toUserId: gia.id, points: 1 });
      await given(admin, { toUserId: phones.manager.id, points: 1 });
      await given(rob, { toUserId: organization.admin.id, points: 1 });
      expect((await written(organization)).kudos).toBe(4);
    });
  });

  describe('refusals', () => {
    async function expectRefused(
      organization: Organization,
      cases: [() => Promise<GraphQLResponse>, string, string | undefined, string?][],
    ): Promise<void> {
      const before = await written(organization);
      for (const [index, [call, code, field, message]] of cases.entries()) {
        const response = await call();
        try {
          expectError(response, code, field);
          expect(response.data ?? null).toBeNull();
          if (message) expect(response.errors![0]!.message).toBe(message);
        } catch (error) {
          throw new Error(`case ${index}: ${(error as Error).message}\n${JSON.stringify(response.errors)}`);
        }
      }
      expect(await written(organization)).toEqual(before);
    }

    it('refuses kudos to oneself, bad messages, values and points, with BAD_USER_INPUT naming the field, and writes nothing', async () => {
      const { organization, phones } = await world();
      const [gia, rob] = phones.members as [Member, Member];
      await given(gia, { toUserId: rob.id, points: 60 });

      await expectRefused(organization, [
        [() => give(gia, { toUserId: gia.id }), 'BAD_USER_INPUT', 'toUserId', 'Kudos go to a colleague, not to yourself'],
        [() => give(gia, { toUserId: gia.id, points: 0 }), 'BAD_USER_INPUT', 'toUserId'],
        // The same id in capitals is still oneself.
        [() => give(gia, { toUserId: gia.id.toUpperCase() }), 'BAD_USER_INPUT', 'toUserId', 'Kudos go to a colleague, not to yourself'],
        [() => give(gia, { toUserId: 'not-an-id' }), 'BAD_USER_INPUT', 'toUserId'],
        [() => give(gia, { toUserId: rob.id, message: '' }), 'BAD_USER_INPUT', 'message'],
        [() => give(gia, { toUserId: rob.id, message: '   ' }), 'BAD_USER_INPUT', 'message'],
        [() => give(gia, { toUserId: rob.id, message: 'x'.repeat(501) }), 'BAD_USER_INPUT', 'message'],
        [() => give(gia, { toUserId: rob.id, values: [] }), 'BAD_USER_INPUT', 'values'],
        [
          () => give(gia, { toUserId: rob.id, values: ['Speed'] }),
          'BAD_USER_INPUT',
          'values',
          '“Speed” is not one of the company values (Empathy, Ownership, Going the extra mile)',
        ],
        [() => give(gia, { toUserId: rob.id, values: ['Empathy', 'Speed'] }), 'BAD_USER_INPUT', 'values'],
        [() => give(gia, { toUserId: rob.id, values: ['   '] }), 'BAD_USER_INPUT', 'values'],
        [() => give(gia, { toUserId: rob.id, points: -1 }), 'BAD_USER_INPUT', 'points'],
        [() => give(gia, { toUserId: rob.id, points: 10_001 }), 'BAD_USER_INPUT', 'points'],
        [() => give(gia, { toUserId: rob.id, points: 41 }), 'BAD_USER_INPUT', 'points', 'You have 40 kudos points left to give this month'],
      ]);
      expect(await left(gia)).toBe(40);
      await given(gia, { toUserId: rob.id, points: 40 });
      expect(await left(gia)).toBe(0);
      await expectRefused(organization, [
        [() => give(gia, { toUserId: rob.id, points: 1 }), 'BAD_USER_INPUT', 'points', 'You have 0 kudos points left to give this month'],
      ]);
    });

    it('answers NOT_FOUND for a receiver of another organisation or of none, and UNAUTHENTICATED without a token', async () => {
      const home = await world();
      const away = await world();
      const gia = home.phones.members[0]!;
      const awayBefore = await written(away.organization);

      await expectRefused(home.organization, [
        [() => give(gia, { toUserId: away.phones.members[0]!.id }), 'NOT_FOUND', undefined],
        [() => give(gia, { toUserId: away.organization.admin.id, points: 0 }), 'NOT_FOUND', undefined],
        [() => give(gia, { toUserId: randomUUID() }), 'NOT_FOUND', undefined],
        [
          () => api.gql(GIVE, { input: { toUserId: home.phones.members[1]!.id, message: 'Hi', values: ['Empathy'], points: 1 } }),
          'UNAUTHENTICATED',
          undefined,
        ],
      ]);
      expect(await written(away.organization)).toEqual(awayBefore);
      expect(await left(gia)).toBe(100);
    });

    it('tags kudos with the values an admin set, as the admin spelled them, and refuses the old ones; only admins set values', async () => {
      const { organization, admin, phones } = await world();
      const [gia, rob] = phones.members as [Member, Member];
      expect(
        (
          await api.ok<{ organization: { values: string[]; kudosAllowance: number } }>(
            `{ organization { values kudosAllowance } }`,
            {},
            gia.token,
          )
        ).organization,
      ).toEqual({
        values: ['Empathy', 'Ownership', 'Going the extra mile'],
        kudosAllowance: 100,
      });

      for (const token of [gia.token, phones.manager.token])
        expectError(await api.gql(SET_VALUES, { values: ['Speed'] }, token), 'FORBIDDEN');
      expect(
        (await api.ok<{ setOrganizationValues: { values: string[] } }>(SET_VALUES, { values: ['Customer First', 'Craft'] }, admin))
          .setOrganizationValues.values,
      ).toEqual(['Customer First', 'Craft']);

      await expectRefused(organization, [
        [
          () => give(gia, { toUserId: rob.id, values: ['Empathy'] }),
          'BAD_USER_INPUT',
          'values',
          '“Empathy” is not one of the company values (Customer First, Craft)',
        ],
      ]);
      expect((await given(gia, { toUserId: rob.id, values: ['craft', 'CUSTOMER FIRST'] })).values).toEqual(['Craft', 'Customer First']);
    });
  });

  describe('the monthly allowance', () => {
    it.each([
      // Auckland is 12 hours ahead in winter: its July starts at noon UTC on 30 June.
      { timeZone: 'Pacific/Auckland', julyStarts: new Date('2026-06-30T12:00:00.000Z') },
      // Los Angeles is 7 hours behind in summer: its July starts at 07:00 UTC on 1 July.
      { timeZone: 'America/Los_Angeles', julyStarts: new Date('2026-07-01T07:00:00.000Z') },
    ])(
      'counts what was given this calendar month in the organisation’s time zone ($timeZone), and starts afresh at local midnight on the 1st',
      async ({ timeZone, julyStarts }) => {
        const { phones } = await world(timeZone);
        const [gia, rob] = phones.members as [Member, Member];
        const juneStarts = new Date(julyStarts.getTime() - 30 * DAY_MS);
        const minute = 60_000;

        api.clock.set(new Date(juneStarts.getTime() - minute));
        await given(gia, { toUserId: rob.id, points: 50 });
        expect(await left(gia)).toBe(50);

        // The first minute of June, local time: May's kudos no longer count.
        api.clock.set(juneStarts);
        expect(await left(gia)).toBe(100);
        await given(gia, { toUserId: rob.id, points: 40 });
        expect(await left(gia)).toBe(60);

        // The last minute of June, local time: everything given since the 1st counts.
        api.clock.set(new Date(julyStarts.getTime() - minute));
        expect(await left(gia)).toBe(60);
        expectError(await give(gia, { toUserId: rob.id, points: 61 }), 'BAD_USER_INPUT', 'points');
        await given(gia, { toUserId: rob.id, points: 60 });
        expect(await left(gia)).toBe(0);
        const refused = await give(gia, { toUserId: rob.id, points: 1 });
        expect(refused.errors?.[0]?.message).toBe('You have 0 kudos points left to give this month');
        // Rob's own allowance is his alone.
        expect(await left(rob)).toBe(100);

        api.clock.set(julyStarts);
        expect(await left(gia)).toBe(100);
        await given(gia, { toUserId: rob.id, points: 100 });
        expect(await left(gia)).toBe(0);
        expect(await ledgerOf(api, rob.id)).toMatchObject({ sum: 250, points: 250 });
      },
    );

    it('lets only an admin set the allowance, from 0 to 10000; what is left follows at once and never goes below 0', async () => {
      const { organization, admin, phones } = await world();
      const [gia, rob] = phones.members as [Member, Member];
      await given(gia, { toUserId: rob.id, points: 60 });

      for (const token of [gia.token, phones.manager.token]) expectError(await api.gql(SET_ALLOWANCE, { points: 500 }, token), 'FORBIDDEN');
      expectError(await api.gql(SET_ALLOWANCE, { points: 500 }), 'UNAUTHENTICATED');
      for (const points of [-1, 10_001]) expectError(await api.gql(SET_ALLOWANCE, { points }, admin), 'BAD_USER_INPUT', 'points');
      expect(await api.sql('SELECT kudos_allowance FROM organizations WHERE id = $1', [organization.id])).toEqual([
        { kudos_allowance: 100 },
      ]);
      expect(await left(gia)).toBe(40);

      expect(await api.ok(SET_ALLOWANCE, { points: 50 }, admin)).toEqual({ setKudosAllowance: { kudosAllowance: 50 } });
      expect(await left(gia)).toBe(0);
      expect(await left(rob)).toBe(50);
      expectError(await give(gia, { toUserId: rob.id, points: 1 }), 'BAD_USER_INPUT', 'points');

      expect(await api.ok(SET_ALLOWANCE, { points: 10_000 }, admin)).toEqual({ setKudosAllowance: { kudosAllowance: 10_000 } });
      expect(await left(gia)).toBe(9_940);
      await given(gia, { toUserId: rob.id, points: 9_940 });
      expect(await left(gia)).toBe(0);

      expect(await api.ok(SET_ALLOWANCE, { points: 0 }, admin)).toEqual({ setKudosAllowance: { kudosAllowance: 0 } });
      expect(await left(rob)).toBe(0);
      expect(
        (await api.ok<{ organization: { kudosAllowance: number } }>(`{ organization { kudosAllowance } }`, {}, rob.token)).organization
          .kudosAllowance,
      ).toBe(0);
    });
  });

  describe('several recipients and retries', () => {
    it('thanks several colleagues with one kudos: each receives the points, the allowance pays for all of them', async () => {
      const { organization, phones, chat } = await world();
      const [gia, rob] = phones.members as [Member, Member];
      const [cal] = chat.members as [Member];

      const kudos = await given(gia, { toUserId: rob.id, toUserIds: [cal.id, rob.id, phones.manager.id], points: 20 });
      expect(kudos.to.id).toBe(rob.id);
      expect(await left(gia)).toBe(40);
      for (const person of [rob, cal, phones.manager]) expect(await ledgerOf(api, person.id)).toMatchObject({ sum: 20, points: 20 });
      expect(await written(organization)).toMatchObject({ kudos: 3, points: 3, balances: 60, celebrations: 3 });

      const tooMuch = await give(gia, { toUserId: rob.id, toUserIds: [cal.id, phones.manager.id], points: 14 });
      expect(tooMuch.errors?.[0]?.message).toBe('You have 40 kudos points left to give this month, and 3 people × 14 needs 42');
      expectError(await give(gia, { toUserId: rob.id, toUserIds: [gia.id] }), 'BAD_USER_INPUT', 'toUserId');
      expectError(await give(gia, { toUserId: rob.id, toUserIds: ['nope'] }), 'BAD_USER_INPUT', 'toUserIds');
      expectError(await give(gia, { toUserId: rob.id, toUserIds: [randomUUID()] }), 'NOT_FOUND');
      expect(await written(organization)).toMatchObject({ kudos: 3, points: 3 });
    });

    it('answers a retry with the same idempotency key with the first kudos and charges nothing more, even when the retries race', async () => {
      const { organization, phones, chat } = await world();
      const [gia, rob] = phones.members as [Member, Member];
      const [cal] = chat.members as [Member];
      const input = { toUserId: rob.id, toUserIds: [cal.id], points: 10, idempotencyKey: 'gia-thanks-1' };

      const responses = await Promise.all(Array.from({ length: 8 }, () => give(gia, input)));
      const ids = new Set(responses.map((response) => response.data?.giveKudos.id));
      expect([...ids]).toHaveLength(1);
      expect(await left(gia)).toBe(80);
      expect(await written(organization)).toMatchObject({ kudos: 2, points: 2, balances: 20, celebrations: 2 });

      expectError(await give(gia, { ...input, toUserId: phones.manager.id, toUserIds: [] }), 'BAD_USER_INPUT', 'idempotencyKey');
      // The key is the giver's own: another giver may use the same one.
      await given(rob, { toUserId: cal.id, points: 5, idempotencyKey: 'gia-thanks-1' });
      expect(await written(organization)).toMatchObject({ kudos: 3, balances: 25 });
    });
  });

  describe('what kudos earn', () => {
    it('earns a KUDOS_RECEIVED badge when the kudos received reach its threshold, 0-point kudos included', async () => {
      const { admin, phones, chat } = await world();
      const [gia, rob] = phones.members as [Member, Member];
      const { createBadge } = await api.ok<{ createBadge: { id: string } }>(
        CREATE_BADGE,
        {
          input: {
            name: 'Appreciated',
            description: 'Thanked by colleagues',
            criteria: 'Receive three kudos',
            kind: 'KUDOS_RECEIVED',
            threshold: 3,
            tier: 'BRONZE',
            icon: 'heart',
            points: 20,
          },
        },
        admin,
      );
      const awards = () => api.sql('SELECT user_id FROM badge_awards WHERE badge_id = $1', [createBadge.id]);
      const progress = async (member: Member) => {
        const { myBadgeProgress } = await api.ok<{
          myBadgeProgress: { badge: { id: string }; current: number; target: number; earned: boolean }[];
        }>(`{ myBadgeProgress { badge { id } current target earned } }`, {}, member.token);
        const { current, target, earned } = myBadgeProgress.find((entry) => entry.badge.id === createBadge.id)!;
        return { current, target, earned };
      };

      await given(gia, { toUserId: rob.id, points: 10 });
      api.clock.set(new Date(BASE.getTime() + 60_000));
      await given(chat.members[0]!, { toUserId: rob.id, points: 0 });
      // Kudos Rob gives do not count toward his badge.
      await given(rob, { toUserId: gia.id, points: 5 });
      expect(await awards()).toEqual([]);
      expect(await progress(rob)).toEqual({ current: 2, target: 3, earned: false });

      api.clock.set(new Date(BASE.getTime() + 120_000));
      await given(phones.manager, { toUserId: rob.id, points: 5 });

      expect(await awards()).toEqual([{ user_id: rob.id }]);
      expect(await progress(rob)).toEqual({ current: 3, target: 3, earned: true });
      // The third kudos and the badge are written at one instant, in no particular order.
      expect((await ledgerOf(api, rob.id)).rows.map((row) => `${row.reason} ${row.amount}`).sort()).toEqual([
        'BADGE_EARNED 20',
        'KUDOS_RECEIVED 10',
        'KUDOS_RECEIVED 5',
      ]);
      expect(await api.sql(`SELECT title FROM celebrations WHERE user_id = $1 AND kind = 'BADGE_EARNED'`, [rob.id])).toEqual([
        { title: 'Phones 2 earned the “Appreciated” badge' },
      ]);
      // A fourth changes nothing.
      await given(gia, { toUserId: rob.id, points: 1 });
      expect(await awards()).toHaveLength(1);
    });

    it('reaches a KUDOS_RECEIVED team milestone once, counting kudos its members received from anyone', async () => {
      const { admin, phones, chat } = await world();
      const [gia, rob] = phones.members as [Member, Member];
      const cat = chat.members[0]!;
      const { createTeamMilestone } = await api.ok<{ createTeamMilestone: { id: string } }>(
        CREATE_MILESTONE,
        { input: { teamId: phones.id, title: 'Three thank-yous', metric: 'KUDOS_RECEIVED', target: 3 } },
        admin,
      );
      const milestone = async () =>
        (await api.sql<{ reached_at: Date | null }>('SELECT reached_at FROM team_milestones WHERE id = $1', [createTeamMilestone.id]))[0]!
          .reached_at;
      const minutes = (count: number) => new Date(BASE.getTime() + count * 60_000);

      api.clock.set(minutes(1));
      await given(cat, { toUserId: rob.id, points: 5 });
      // Kudos to another team's member do not count for Phones.
      await given(gia, { toUserId: cat.id, points: 5 });
      api.clock.set(minutes(2));
      await given(rob, { toUserId: gia.id, points: 0 });
      expect(await milestone()).toBeNull();
      api.clock.set(minutes(3));
      await given(chat.manager, { toUserId: phones.manager.id, points: 1 });
      expect(await milestone()).toEqual(minutes(3));
      api.clock.set(minutes(4));
      await given(cat, { toUserId: gia.id, points: 1 });
      expect(await milestone()).toEqual(minutes(3));

      expect(
        await api.sql(`SELECT title, team_id FROM celebrations WHERE kind = 'TEAM_MILESTONE' AND team_id IN ($1, $2)`, [
          phones.id,
          chat.id,
        ]),
      ).toEqual([{ title: 'Phones reached “Three thank-yous”', team_id: phones.id }]);
      const { teamMilestones } = await api.ok<{ teamMilestones: { current: number; reachedAt: string }[] }>(
        `query ($teamId: ID!) { teamMilestones(teamId: $teamId) { current reachedAt } }`,
        { teamId: phones.id },
        gia.token,
      );
      expect(teamMilestones).toEqual([{ current: 4, reachedAt: minutes(3).toISOString() }]);
    });
  });

  describe('many at once', () => {
    it('never overspends the allowance: of 20 kudos of 10 points sent at once from a 100-point allowance, exactly 10 are given', async () => {
      const { organization, phones, chat } = await world();
      const giver = phones.members[0]!;
      const receivers = [phones.members[1]!, phones.manager, chat.members[0]!, chat.manager];

      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          give(giver, { toUserId: receivers[index % receivers.length]!.id, message: `Thanks #${index}`, points: 10 }),
        ),
      );

      const succeeded = responses.filter((response) => !response.errors);
      const failed = responses.filter((response) => response.errors);
      expect(succeeded).toHaveLength(10);
      expect(failed).toHaveLength(10);
      for (const response of failed) {
        expectError(response, 'BAD_USER_INPUT', 'points');
        expect(response.errors![0]!.message).toBe('You have 0 kudos points left to give this month');
      }
      const stored = await api.sql<{ to_user_id: string; points: number }>('SELECT to_user_id, points FROM kudos WHERE from_user_id = $1', [
        giver.id,
      ]);
      expect(stored).toHaveLength(10);
      expect(stored.reduce((sum, row) => sum + row.points, 0)).toBe(100);
      expect(new Set(succeeded.map((response) => response.data!.giveKudos.id)).size).toBe(10);
      for (const receiver of receivers) {
        const ledger = await ledgerOf(api, receiver.id);
        const received = stored.filter((row) => row.to_user_id === receiver.id).length;
        expect(ledger).toEqual({
          rows: Array(received).fill(expect.objectContaining({ amount: 10, reason: 'KUDOS_RECEIVED' })),
          sum: received * 10,
          points: received * 10,
        });
      }
      expect(await left(giver)).toBe(0);
      expect(await written(organization)).toEqual({ kudos: 10, points: 10, balances: 100, celebrations: 10 });
    });

    it('loses nothing and deadlocks nowhere when two teammates thank each other many times at once', async () => {
      const { organization, admin, phones } = await world();
      const [gia, rob] = phones.members as [Member, Member];
      await api.ok(SET_ALLOWANCE, { points: 1000 }, admin);
      // An open team milestone makes every kudos lock the team too.
      await api.ok(
        CREATE_MILESTONE,
        { input: { teamId: phones.id, title: 'Thirty thank-yous', metric: 'KUDOS_RECEIVED', target: 30 } },
        admin,
      );

      const responses = await Promise.all(
        Array.from({ length: 30 }, (_, index) =>
          index % 2 === 0 ? give(gia, { toUserId: rob.id, points: 3 }) : give(rob, { toUserId: gia.id, points: 7 }),
        ),
      );

      expect(responses.map((response) => response.errors ?? null)).toEqual(Array(30).fill(null));
      expect(await ledgerOf(api, rob.id)).toMatchObject({ sum: 45, points: 45 });
      expect((await ledgerOf(api, rob.id)).rows).toHaveLength(15);
      expect(await ledgerOf(api, gia.id)).toMatchObject({ sum: 105, points: 105 });
      expect((await ledgerOf(api, gia.id)).rows).toHaveLength(15);
      expect(await left(gia)).toBe(1000 - 45);
      expect(await left(rob)).toBe(1000 - 105);
      expect(await written(organization)).toEqual({ kudos: 30, points: 30, balances: 150, celebrations: 32 });
      // Gia's 105 points crossed level 2 once; the milestone was reached once.
      const byKind = (rows: { kind: string; user_id: string | null; count: number }[]) =>
        rows.map((row) => `${row.kind} ${row.user_id} ${row.count}`).sort();
      const celebrations = await api.sql<{ kind: string; user_id: string | null; count: number }>(
        'SELECT kind, user_id, count(*)::int AS count FROM celebrations WHERE organization_id = $1 GROUP BY 1, 2',
        [organization.id],
      );
      expect(byKind(celebrations)).toEqual(
        byKind([
          { kind: 'KUDOS', user_id: gia.id, count: 15 },
          { kind: 'KUDOS', user_id: rob.id, count: 15 },
          { kind: 'LEVEL_UP', user_id: gia.id, count: 1 },
          { kind: 'TEAM_MILESTONE', user_id: null, count: 1 },
        ]),
      );
    });
  });
});
