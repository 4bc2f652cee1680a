import { randomUUID } from 'node:crypto';
import { DAY_MS, celebrationsOf } from './support/achievements.js';
import { expectError } from './support/errors.js';
import { ledgerOf, type Organization } from './support/fixtures.js';
import { startTestApi, type GraphQLResponse, type TestApi } from './support/test-app.js';
import { buildWorld } from './support/world.js';

const FIELDS = `id csat nps comment customerName externalId createdAt employee { id } team { id }`;
const RECORD = `mutation ($input: RecordFeedbackInput!) { recordCustomerFeedback(input: $input) { ${FIELDS} } }`;
const IMPORT = `mutation ($input: ImportFeedbackInput!) { importCustomerFeedback(input: $input) { imported skipped failed { row message } } }`;
const LIST = `query ($teamId: ID, $first: Int) { customerFeedback(teamId: $teamId, first: $first) { id } }`;
const CREATE_BADGE = `mutation ($input: CreateBadgeInput!) { createBadge(input: $input) { id } }`;

interface Feedback {
  readonly id: string;
  readonly csat: number;
  readonly nps: number | null;
  readonly comment: string | null;
  readonly customerName: string | null;
  readonly externalId: string | null;
  readonly createdAt: string;
  readonly employee: { id: string } | null;
  readonly team: { id: string } | null;
}

interface ImportResult {
  readonly imported: number;
  readonly skipped: number;
  readonly failed: { row: number; message: string }[];
}

const BASE = new Date('2026-05-04T15:00:00.000Z');
const at = (days: number) => new Date(BASE.getTime() + days * DAY_MS).toISOString();

describe('customer feedback: recorded by managers, celebrated when it is praise', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());
  beforeEach(() => api.clock.set(BASE));
  afterEach(() => api.clock.reset());

  /** An organisation without default badges: two managed teams and a loner. */
  async function world() {
    const { organization, teams, people } = await buildWorld(api, {
      defaultBadges: false,
      teams: {
        North: { manager: 'North Manager', members: ['North 1', 'North 2'] },
        South: { manager: 'South Manager', members: ['South 1'] },
      },
      people: ['Lone Wolf'],
    });
    return { organization, admin: organization.admin.token, north: teams.North, south: teams.South, loner: people['Lone Wolf'] };
  }

  const record = (token: string, input: Record<string, unknown>) => api.gql<{ recordCustomerFeedback: Feedback }>(RECORD, { input }, token);
  async function recorded(token: string, input: Record<string, unknown>): Promise<Feedback> {
    return (await api.ok<{ recordCustomerFeedback: Feedback }>(RECORD, { input }, token)).recordCustomerFeedback;
  }
  const importRows = (token: string, rows: Record<string, unknown>[]) =>
    api.gql<{ importCustomerFeedback: ImportResult }>(IMPORT, { input: { rows } }, token);
  const list = async (token: string, variables: { teamId?: string; first?: number } = {}) =>
    (await api.ok<{ customerFeedback: { id: string }[] }>(LIST, variables, token)).customerFeedback.map((feedback) => feedback.id);

  /** Everything feedback can write: the feedback itself, points, celebrations and badges. */
  async function written(organization: Organization) {
    const [counts] = await api.sql<Record<string, number>>(
      `SELECT (SELECT count(*)::int FROM customer_feedback WHERE organization_id = $1) AS feedback,
              (SELECT count(*)::int FROM points_entries WHERE organization_id = $1) AS points,
              (SELECT COALESCE(sum(points), 0)::int FROM users WHERE organization_id = $1) AS balances,
              (SELECT count(*)::int FROM celebrations WHERE organization_id = $1) AS celebrations,
              (SELECT count(*)::int FROM badge_awards a JOIN users u ON u.id = a.user_id WHERE u.organization_id = $1) AS badges`,
      [organization.id],
    );
    return counts!;
  }

  async function expectRefused(
    organization: Organization,
    code: string,
    calls: (() => Promise<GraphQLResponse>)[],
    field?: string,
  ): Promise<void> {
    const before = await written(organization);
    for (const [index, call] of calls.entries()) {
      const response = await call();
      try {
        expectError(response, code, field);
        expect(response.data ?? null).toBeNull();
      } catch (error) {
        throw new Error(`call ${index}: ${(error as Error).message}\n${JSON.stringify(response.errors)}`);
      }
    }
    expect(await written(organization)).toEqual(before);
  }

  const storedFeedback = (organization: Organization) =>
    api.sql<{
      id: string;
      employee_id: string | null;
      team_id: string | null;
      csat: number;
      external_id: string | null;
      received_at: Date;
      recorded_by_id: string;
    }>(
      'SELECT id, employee_id, team_id, csat, external_id, received_at, recorded_by_id FROM customer_feedback WHERE organization_id = $1 ORDER BY received_at, external_id',
      [organization.id],
    );

  describe('recording', () => {
    it('records feedback about a member of the manager’s team, given to the employee’s team by default, as of now', async () => {
      const { organization, north } = await world();
      const member = north.members[0]!;

      const feedback = await recorded(north.manager.token, {
        employeeId: member.id,
        csat: 4,
        nps: 9,
        comment: ' Quick and kind ',
        customerName: 'Dana Client',
      });

      expect(feedback).toEqual({
        id: expect.any(String),
        csat: 4,
        nps: 9,
        comment: 'Quick and kind',
        customerName: 'Dana Client',
        externalId: null,
        createdAt: BASE.toISOString(),
        employee: { id: member.id },
        team: { id: north.id },
      });
      expect(await storedFeedback(organization)).toEqual([
        {
          id: feedback.id,
          employee_id: member.id,
          team_id: north.id,
          csat: 4,
          external_id: null,
          received_at: BASE,
          recorded_by_id: north.manager.id,
        },
      ]);
      // Four stars is good feedback, not praise: nobody earns anything.
      expect(await ledgerOf(api, member.id)).toEqual({ rows: [], sum: 0, points: 0 });
      expect(await celebrationsOf(api, member.id)).toEqual([]);
    });

    it('records feedback about a team alone, naming no employee and crediting no one', async () => {
      const { organization, north } = await world();

      const feedback = await recorded(north.manager.token, { teamId: north.id, csat: 5, comment: 'The whole team was wonderful' });

      expect(feedback).toMatchObject({ csat: 5, nps: null, employee: null, team: { id: north.id } });
      expect(await written(organization)).toEqual({ feedback: 1, points: 0, balances: 0, celebrations: 0, badges: 0 });
    });

    it('keeps the team an admin names along with the employee, and lets an admin record feedback about someone in no team', async () => {
      const { organization, admin, north, south, loner } = await world();

      const elsewhere = await recorded(admin, { employeeId: north.members[0]!.id, teamId: south.id, csat: 3 });
      expect(elsewhere).toMatchObject({ employee: { id: north.members[0]!.id }, team: { id: south.id } });
      const teamless = await recorded(admin, { employeeId: loner.id, csat: 2, nps: 0 });
      expect(teamless).toMatchObject({ csat: 2, nps: 0, employee: { id: loner.id }, team: null });
      expect((await storedFeedback(organization)).map((row) => row.recorded_by_id)).toEqual([organization.admin.id, organization.admin.id]);
    });
  });

  describe('who may record', () => {
    it('refuses an employee recording or importing feedback, even about themselves: FORBIDDEN and nothing written', async () => {
      const { organization, north } = await world();
      const employee = north.members[0]!;

      await expectRefused(organization, 'FORBIDDEN', [
        () => record(employee.token, { employeeId: employee.id, csat: 5, comment: 'I am great' }),
        () => record(employee.token, { teamId: north.id, csat: 5 }),
        () => importRows(employee.token, [{ row: 1, agentEmail: employee.email, csat: 5, comment: 'I am great' }]),
      ]);
    });

    it('refuses a manager recording feedback about another team or anyone outside their teams, even when naming their own team', async () => {
      const { organization, north, south, loner } = await world();
      const token = north.manager.token;
      const outsider = south.members[0]!.id;

      await expectRefused(organization, 'FORBIDDEN', [
        () => record(token, { teamId: south.id, csat: 5 }),
        () => record(token, { employeeId: outsider, csat: 5, comment: 'Superb' }),
        () => record(token, { employeeId: north.members[0]!.id, teamId: south.id, csat: 5 }),
        () => record(token, { employeeId: loner.id, csat: 5, comment: 'Superb' }),
        // Naming their own team must not let them reward someone they do not manage.
        () => record(token, { employeeId: outsider, teamId: north.id, csat: 5, comment: 'Superb' }),
        () => record(token, { employeeId: loner.id, teamId: north.id, csat: 5, comment: 'Superb' }),
        () => record(token, { employeeId: organization.admin.id, teamId: north.id, csat: 5, comment: 'Superb' }),
      ]);
    });

    it('does not hand a manager another team’s feedback when they send its externalId: BAD_USER_INPUT naming externalId, a failed row on import', async () => {
      const { organization, admin, north, south } = await world();
      const theirs = await recorded(north.manager.token, {
        employeeId: north.members[0]!.id,
        csat: 2,
        comment: 'Rude on the phone',
        externalId: 'ticket-9',
      });
      const sameTicket = { employeeId: south.members[0]!.id, csat: 5, comment: 'Great', externalId: 'ticket-9' };

      await expectRefused(organization, 'BAD_USER_INPUT', [() => record(south.manager.token, sameTicket)], 'externalId');
      const imported = await importRows(south.manager.token, [
        { row: 1, agentEmail: south.members[0]!.email, csat: 5, externalId: 'ticket-9' },
      ]);
      expect(imported.data).toEqual({
        importCustomerFeedback: {
          imported: 0,
          skipped: 0,
          failed: [{ row: 1, message: 'feedback with this ticket id was already recorded for a team you do not manage' }],
        },
      });
      // Whoever may see it gets it back, unchanged.
      expect(await recorded(admin, sameTicket)).toEqual(theirs);
      expect(await recorded(north.manager.token, { teamId: north.id, csat: 5, externalId: 'ticket-9' })).toEqual(theirs);
      expect(await written(organization)).toEqual({ feedback: 1, points: 0, balances: 0, celebrations: 0, badges: 0 });
    });

    it('never crosses organisations: another organisation’s employee or team is NOT_FOUND, to its admin and managers alike', async () => {
      const home = await world();
      const away = await world();
      const awayBefore = await written(away.organization);

      for (const token of [home.admin, home.north.manager.token]) {
        await expectRefused(home.organization, 'NOT_FOUND', [
          () => record(token, { employeeId: away.north.members[0]!.id, csat: 5, comment: 'Superb' }),
          () => record(token, { teamId: away.north.id, csat: 5 }),
          () => record(token, { employeeId: away.north.members[0]!.id, teamId: home.north.id, csat: 5, comment: 'Superb' }),
          () => api.gql(LIST, { teamId: away.north.id }, token),
        ]);
      }
      expect(await written(away.organization)).toEqual(awayBefore);
    });
  });

  describe('bad input', () => {
    it('refuses CSAT outside 1–5 or fractional, NPS outside 0–10, and feedback about no one, naming the field; nothing written', async () => {
      const { organization, north } = await world();
      const employeeId = north.members[0]!.id;
      const token = north.manager.token;

      await expectRefused(
        organization,
        'BAD_USER_INPUT',
        [() => record(token, { employeeId, csat: 0 }), () => record(token, { employeeId, csat: 6 })],
        'csat',
      );
      await expectRefused(
        organization,
        'BAD_USER_INPUT',
        [() => record(token, { employeeId, csat: 4, nps: 11 }), () => record(token, { employeeId, csat: 4, nps: -1 })],
        'nps',
      );
      await expectRefused(
        organization,
        'BAD_USER_INPUT',
        [() => record(token, { csat: 4 }), () => record(token, { csat: 4, employeeId: null, teamId: null })],
        'employeeId',
      );
      await expectRefused(
        organization,
        'BAD_USER_INPUT',
        [() => record(token, { employeeId, csat: 4, comment: 'x'.repeat(2001) })],
        'comment',
      );
      await expectRefused(organization, 'BAD_USER_INPUT', [() => record(token, { employeeId, csat: 4, externalId: '   ' })], 'externalId');
      // Not a whole number: GraphQL's Int refuses it before the API sees it.
      await expectRefused(organization, 'BAD_USER_INPUT', [
        () => record(token, { employeeId, csat: 4.5 }),
        () => record(token, { employeeId, csat: 4, nps: 7.5 }),
      ]);
    });

    it('answers NOT_FOUND for an unknown employee or team', async () => {
      const { organization, admin, north } = await world();
      await expectRefused(organization, 'NOT_FOUND', [
        () => record(admin, { employeeId: randomUUID(), csat: 4 }),
        () => record(admin, { teamId: randomUUID(), csat: 4 }),
        () => record(north.manager.token, { employeeId: north.members[0]!.id, teamId: randomUUID(), csat: 4 }),
      ]);
    });
  });

  describe('externalId', () => {
    it('records a re-sent feedback once: the first one comes back and nothing more is written or awarded', async () => {
      const { organization, north } = await world();
      const member = north.members[0]!;
      const first = await recorded(north.manager.token, {
        employeeId: member.id,
        csat: 5,
        comment: 'Brilliant help',
        externalId: 'ticket-1',
      });

      const again = await recorded(north.manager.token, {
        employeeId: member.id,
        csat: 5,
        comment: 'Brilliant help',
        externalId: 'ticket-1',
      });
      api.clock.advanceDays(1);
      const changed = await recorded(north.manager.token, {
        employeeId: member.id,
        csat: 1,
        comment: 'Changed my mind',
        externalId: 'ticket-1',
      });

      expect(again).toEqual(first);
      expect(changed).toEqual(first);
      expect(await written(organization)).toEqual({ feedback: 1, points: 1, balances: 30, celebrations: 1, badges: 0 });
      // Another organisation's help desk may use the same ticket numbers.
      const other = await world();
      const theirs = await recorded(other.north.manager.token, {
        employeeId: other.north.members[0]!.id,
        csat: 5,
        comment: 'Great',
        externalId: 'ticket-1',
      });
      expect(theirs.id).not.toBe(first.id);
    });

    it('records ten identical re-sends arriving at once exactly once, praise included', async () => {
      const { organization, north } = await world();
      const member = north.members[0]!;
      const send = (externalId: string, input: Record<string, unknown>) =>
        Promise.all(Array.from({ length: 10 }, () => record(north.manager.token, { ...input, externalId })));

      const [aboutMember, aboutTeam] = await Promise.all([
        send('ticket-7', { employeeId: member.id, csat: 5, comment: 'Above and beyond', customerName: 'Pat' }),
        send('ticket-8', { teamId: north.id, csat: 3 }),
      ]);

      for (const responses of [aboutMember, aboutTeam]) {
        expect(responses.map((response) => response.errors ?? null)).toEqual(Array(10).fill(null));
        expect(new Set(responses.map((response) => response.data!.recordCustomerFeedback.id)).size).toBe(1);
      }
      const rows = await storedFeedback(organization);
      expect(rows.map((row) => [row.id, row.external_id]).sort()).toEqual(
        [
          [aboutMember[0]!.data!.recordCustomerFeedback.id, 'ticket-7'],
          [aboutTeam[0]!.data!.recordCustomerFeedback.id, 'ticket-8'],
        ].sort(),
      );
      expect(await ledgerOf(api, member.id)).toEqual({
        rows: [{ amount: 30, reason: 'CUSTOMER_PRAISE', source_id: aboutMember[0]!.data!.recordCustomerFeedback.id }],
        sum: 30,
        points: 30,
      });
      expect((await celebrationsOf(api, member.id)).map((celebration) => celebration.kind)).toEqual(['CUSTOMER_PRAISE']);
    });
  });

  describe('customer praise', () => {
    it('turns five stars with a comment about an employee into 30 points and a CUSTOMER_PRAISE celebration quoting the customer', async () => {
      const { north } = await world();
      const member = north.members[0]!;

      const named = await recorded(north.manager.token, {
        employeeId: member.id,
        csat: 5,
        comment: '  She solved it in minutes!  ',
        customerName: 'Dana Client',
      });
      api.clock.advanceDays(1);
      const anonymous = await recorded(north.manager.token, { employeeId: member.id, csat: 5, nps: 10, comment: 'Best support ever' });

      expect(await ledgerOf(api, member.id)).toEqual({
        rows: [
          { amount: 30, reason: 'CUSTOMER_PRAISE', source_id: named.id },
          { amount: 30, reason: 'CUSTOMER_PRAISE', source_id: anonymous.id },
        ],
        sum: 60,
        points: 60,
      });
      expect((await api.ok(`{ me { points } }`, {}, member.token)).me.points).toBe(60);
      expect(await celebrationsOf(api, member.id)).toEqual([
        {
          kind: 'CUSTOMER_PRAISE',
          title: 'Dana Client praised North 1',
          body: 'She solved it in minutes!',
          team_id: north.id,
          source_key: `CUSTOMER_PRAISE:${named.id}`,
        },
        {
          kind: 'CUSTOMER_PRAISE',
          title: 'A customer praised North 1',
          body: 'Best support ever',
          team_id: north.id,
          source_key: `CUSTOMER_PRAISE:${anonymous.id}`,
        },
      ]);
      const feed = await api.ok<{
        celebrations: { nodes: { kind: string; body: string; customerName: string | null; user: { id: string } }[] };
      }>(`{ celebrations(first: 10) { nodes { kind body customerName user { id } } } }`, {}, north.members[1]!.token);
      // The customer is named where they are quoted, as in the title.
      expect(feed.celebrations.nodes).toEqual([
        { kind: 'CUSTOMER_PRAISE', body: 'Best support ever', customerName: null, user: { id: member.id } },
        { kind: 'CUSTOMER_PRAISE', body: 'She solved it in minutes!', customerName: 'Dana Client', user: { id: member.id } },
      ]);
    });

    it('dates praise when the customer gave it: the feed shows that day and the digest of that week tells it', async () => {
      const { north } = await world();
      const member = north.members[0]!;
      // Given on a Tuesday, imported the next Sunday: the week of import is another digest's.
      const givenAt = '2026-04-28T09:30:00.000Z';
      api.clock.set(new Date('2026-05-03T18:00:00.000Z'));
      const outcome = await importRows(north.manager.token, [
        { row: 1, agentEmail: member.email, csat: 5, comment: 'Patient and kind', customerName: 'Marta Silva', receivedAt: givenAt },
      ]);
      expect(outcome.data).toEqual({ importCustomerFeedback: { imported: 1, skipped: 0, failed: [] } });

      const feed = await api.ok<{ celebrations: { nodes: { kind: string; createdAt: string }[] } }>(
        `{ celebrations(first: 5) { nodes { kind createdAt } } }`,
        {},
        member.token,
      );
      expect(feed.celebrations.nodes).toEqual([{ kind: 'CUSTOMER_PRAISE', createdAt: givenAt }]);
      const digest = (from: string, to: string) =>
        api.ok<{ digest: { customerPraise: { title: string; createdAt: string }[] } }>(
          `query ($from: DateTime!, $to: DateTime!) { digest(from: $from, to: $to) { customerPraise { title createdAt } } }`,
          { from, to },
          member.token,
        );
      expect((await digest('2026-04-27T00:00:00Z', '2026-05-04T00:00:00Z')).digest.customerPraise).toEqual([
        { title: 'Marta Silva praised North 1', createdAt: givenAt },
      ]);
      expect((await digest('2026-05-04T00:00:00Z', '2026-05-11T00:00:00Z')).digest.customerPraise).toEqual([]);
    });

    it('gives no praise for four stars, a blank or missing comment, or five stars for a team alone', async () => {
      const { organization, north } = await world();
      const member = north.members[0]!;

      await recorded(north.manager.token, { employeeId: member.id, csat: 4, comment: 'Very good' });
      await recorded(north.manager.token, { employeeId: member.id, csat: 5, comment: '   ' });
      await recorded(north.manager.token, { employeeId: member.id, csat: 5 });
      await recorded(north.manager.token, { teamId: north.id, csat: 5, comment: 'Wonderful team' });

      expect(await written(organization)).toEqual({ feedback: 4, points: 0, balances: 0, celebrations: 0, badges: 0 });
    });

    it('counts every five-star rating about the employee toward FIVE_STAR_FEEDBACK badges, once each, comment or not', async () => {
      const { admin, north } = await world();
      const [member, colleague] = north.members;
      const { createBadge } = await api.ok<{ createBadge: { id: string } }>(
        CREATE_BADGE,
        {
          input: {
            name: 'Customer Favourite',
            description: 'Loved by customers',
            criteria: 'Three five-star ratings',
            kind: 'FIVE_STAR_FEEDBACK',
            threshold: 3,
            tier: 'SILVER',
            icon: 'heart',
            points: 40,
          },
        },
        admin,
      );
      const badges = async () => api.sql('SELECT user_id FROM badge_awards WHERE badge_id = $1', [createBadge.id]);
      /** Records a minute after the previous one, so that the ledger reads in order. */
      const later = (token: string, input: Record<string, unknown>) => {
        api.clock.advanceDays(1 / 1440);
        return recorded(token, input);
      };

      await later(north.manager.token, { employeeId: member!.id, csat: 5 });
      await later(north.manager.token, { employeeId: member!.id, csat: 4, comment: 'Nice' });
      await later(north.manager.token, { teamId: north.id, csat: 5 });
      await later(north.manager.token, { employeeId: colleague!.id, csat: 5 });
      await later(north.manager.token, { employeeId: member!.id, csat: 5, comment: 'Fantastic' });
      expect(await badges()).toEqual([]);

      await later(north.manager.token, { employeeId: member!.id, csat: 5 });
      expect(await badges()).toEqual([{ user_id: member!.id }]);
      await later(north.manager.token, { employeeId: member!.id, csat: 5, comment: 'Again great' });
      expect(await badges()).toEqual([{ user_id: member!.id }]);

      const ledger = await ledgerOf(api, member!.id);
      expect(ledger.rows.map((row) => [row.reason, row.amount])).toEqual([
        ['CUSTOMER_PRAISE', 30],
        ['BADGE_EARNED', 40],
        ['CUSTOMER_PRAISE', 30],
      ]);
      expect({ sum: ledger.sum, points: ledger.points }).toEqual({ sum: 100, points: 100 });
      expect((await celebrationsOf(api, member!.id)).map((celebration) => celebration.title)).toEqual([
        'A customer praised North 1',
        'North 1 earned the “Customer Favourite” badge',
        // Praise goes through the one achievement path: 100 points reach level 2 like any other points.
        'North 1 reached level 2: Active Listener',
        'A customer praised North 1',
      ]);
    });

    it('keeps praise a manager or an admin records about themselves on record, but it earns them nothing', async () => {
      const { organization, admin, north } = await world();
      const { createBadge } = await api.ok<{ createBadge: { id: string } }>(
        CREATE_BADGE,
        {
          input: {
            name: 'First Five Stars',
            description: 'A first five-star rating',
            criteria: 'One five-star rating',
            kind: 'FIVE_STAR_FEEDBACK',
            threshold: 1,
            tier: 'BRONZE',
            icon: 'heart',
            points: 10,
          },
        },
        admin,
      );
      const adminId = (await api.ok<{ me: { id: string } }>(`{ me { id } }`, {}, admin)).me.id;

      await recorded(north.manager.token, { employeeId: north.manager.id, csat: 5, comment: 'The manager was brilliant' });
      await recorded(admin, { employeeId: adminId, csat: 5, comment: 'The admin was brilliant' });
      expect(await written(organization)).toEqual({ feedback: 2, points: 0, balances: 0, celebrations: 0, badges: 0 });

      // The same praise recorded by someone else is praise.
      await recorded(admin, { employeeId: north.manager.id, csat: 5, comment: 'The manager was brilliant' });
      expect((await ledgerOf(api, north.manager.id)).rows.map((row) => `${row.reason} ${row.amount}`).sort()).toEqual([
        'BADGE_EARNED 10',
        'CUSTOMER_PRAISE 30',
      ]);
      expect(await api.sql('SELECT user_id FROM badge_awards WHERE badge_id = $1', [createBadge.id])).toEqual([
        { user_id: north.manager.id },
      ]);
    });

    it('records feedback about one team’s people given to another team, both ways at once, without deadlocking', async () => {
      const { admin, north, south } = await world();
      for (const team of [north, south]) {
        await api.ok(
          `mutation ($input: CreateTeamMilestoneInput!) { createTeamMilestone(input: $input) { id } }`,
          { input: { teamId: team.id, title: 'Lots of answers', metric: 'FEEDBACK_COUNT', target: 1000 } },
          admin,
        );
      }
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          index % 2 === 0
            ? record(admin, { employeeId: north.members[0]!.id, teamId: south.id, csat: 4 })
            : record(admin, { employeeId: south.members[0]!.id, teamId: north.id, csat: 4 }),
        ),
      );
      expect(responses.flatMap((response) => response.errors ?? [])).toEqual([]);
    });
  });

  describe('import', () => {
    it('imports help-desk rows by agent email and reports what was imported, skipped as already recorded, or failed and why', async () => {
      const { organization, north, south, loner } = await world();
      const other = await world();
      const [member, colleague] = north.members;
      const earlier = await recorded(north.manager.token, { employeeId: colleague!.id, csat: 4, externalId: 'HD-0' });
      const rows = [
        {
          row: 2,
          agentEmail: member!.email,
          csat: 5,
          comment: 'Lovely to deal with',
          customerName: 'Ann',
          externalId: 'HD-1',
          receivedAt: at(-2),
        },
        { row: 3, agentEmail: `  ${colleague!.email.toUpperCase()} `, csat: 3, nps: 6, externalId: 'HD-2' },
        { row: 4, agentEmail: 'nobody@example.com', csat: 4, externalId: 'HD-3' },
        { row: 5, agentEmail: south.members[0]!.email, csat: 5, comment: 'Great', externalId: 'HD-4' },
        { row: 6, agentEmail: member!.email, csat: 5, comment: 'Lovely to deal with', externalId: 'HD-1' },
        { row: 7, agentEmail: colleague!.email, csat: 4, externalId: 'HD-0' },
        { row: 8, agentEmail: loner.email, csat: 5, externalId: 'HD-5' },
        { row: 9, agentEmail: other.north.members[0]!.email, csat: 5, externalId: 'HD-6' },
        { row: 10, agentEmail: member!.email, csat: 2 },
        { row: 11, agentEmail: member!.email, csat: 5, comment: 'From the day after tomorrow', externalId: 'HD-7', receivedAt: at(2) },
      ];

      const response = await importRows(north.manager.token, rows);

      const failures = [
        { row: 4, message: 'nobody in the organisation has the email nobody@example.com' },
        { row: 5, message: 'South 1 is not in a team you manage' },
        { row: 8, message: 'Lone Wolf is not in a team you manage' },
        { row: 9, message: `nobody in the organisation has the email ${other.north.members[0]!.email}` },
        { row: 11, message: 'the date is in the future' },
      ];
      expect(response).toEqual({ status: 200, data: { importCustomerFeedback: { imported: 3, skipped: 2, failed: failures } } });
      const stored = await storedFeedback(organization);
      expect(stored.map((row) => [row.employee_id, row.team_id, row.csat, row.external_id, row.received_at.toISOString()])).toEqual([
        [member!.id, north.id, 5, 'HD-1', at(-2)],
        [colleague!.id, north.id, 4, 'HD-0', BASE.toISOString()],
        [colleague!.id, north.id, 3, 'HD-2', BASE.toISOString()],
        [member!.id, north.id, 2, null, BASE.toISOString()],
      ]);
      expect(stored[1]!.id).toBe(earlier.id);
      // The five-star row with a comment is praise, like any other.
      expect((await ledgerOf(api, member!.id)).rows).toEqual([{ amount: 30, reason: 'CUSTOMER_PRAISE', source_id: stored[0]!.id }]);

      // Importing the same file again skips every row with a ticket id and fails the same rows.
      api.clock.advanceDays(1);
      const again = await importRows(north.manager.token, rows);
      expect(again.data).toEqual({ importCustomerFeedback: { imported: 1, skipped: 4, failed: failures } });
      expect(await written(organization)).toEqual({ feedback: 5, points: 1, balances: 30, celebrations: 1, badges: 0 });
      expect(await written(other.organization)).toEqual({ feedback: 0, points: 0, balances: 0, celebrations: 0, badges: 0 });
    });

    it('lets an admin import rows about anyone in the organisation, people in no team included', async () => {
      const { organization, admin, south, loner } = await world();
      const response = await importRows(admin, [
        { row: 1, agentEmail: south.members[0]!.email, csat: 4, externalId: 'A-1' },
        { row: 2, agentEmail: loner.email, csat: 5, comment: 'Thanks!', externalId: 'A-2' },
      ]);
      expect(response.data).toEqual({ importCustomerFeedback: { imported: 2, skipped: 0, failed: [] } });
      expect((await storedFeedback(organization)).map((row) => [row.employee_id, row.team_id])).toEqual([
        [south.members[0]!.id, south.id],
        [loner.id, null],
      ]);
      expect((await ledgerOf(api, loner.id)).sum).toBe(30);
    });

    it('refuses a whole import when a row breaks the format, naming the row’s field, and one with no rows or too many', async () => {
      const { organization, north } = await world();
      const fine = { row: 1, agentEmail: north.members[0]!.email, csat: 4 };
      const token = north.manager.token;

      await expectRefused(organization, 'BAD_USER_INPUT', [() => importRows(token, [fine, { ...fine, row: 2, csat: 6 }])], 'rows.1.csat');
      await expectRefused(organization, 'BAD_USER_INPUT', [() => importRows(token, [{ ...fine, nps: 11 }])], 'rows.0.nps');
      await expectRefused(
        organization,
        'BAD_USER_INPUT',
        [() => importRows(token, [{ ...fine, agentEmail: 'not an email' }])],
        'rows.0.agentEmail',
      );
      await expectRefused(
        organization,
        'BAD_USER_INPUT',
        [
          () => importRows(token, []),
          () =>
            importRows(
              token,
              Array.from({ length: 501 }, (_, row) => ({ ...fine, row: row + 1 })),
            ),
        ],
        'rows',
      );
    });
  });

  describe('who sees what', () => {
    it('shows employees feedback about themselves, managers their teams’, admins the whole organisation, newest first', async () => {
      const { admin, north, south, loner } = await world();
      const other = await world();
      const [member, colleague] = north.members;
      const ids: string[] = [];
      const at = async (hours: number, token: string, input: Record<string, unknown>) => {
        api.clock.set(new Date(BASE.getTime() + hours * 3_600_000));
        ids.push((await recorded(token, input)).id);
      };
      await at(1, north.manager.token, { employeeId: member!.id, csat: 4 });
      await at(2, north.manager.token, { employeeId: colleague!.id, csat: 3 });
      await at(3, north.manager.token, { teamId: north.id, csat: 5 });
      await at(4, south.manager.token, { employeeId: south.members[0]!.id, csat: 2 });
      await at(5, admin, { employeeId: loner.id, csat: 1 });
      await recorded(other.admin, { employeeId: other.north.members[0]!.id, csat: 5 });
      const [aboutMember, aboutColleague, aboutNorth, aboutSouth, aboutLoner] = ids;

      expect(await list(member!.token)).toEqual([aboutMember]);
      expect(await list(colleague!.token)).toEqual([aboutColleague]);
      expect(await list(loner.token)).toEqual([aboutLoner]);
      expect(await list(south.members[0]!.token)).toEqual([aboutSouth]);
      expect(await list(north.manager.token)).toEqual([aboutNorth, aboutColleague, aboutMember]);
      expect(await list(north.manager.token, { teamId: north.id })).toEqual([aboutNorth, aboutColleague, aboutMember]);
      expect(await list(south.manager.token)).toEqual([aboutSouth]);
      expect(await list(admin)).toEqual([aboutLoner, aboutSouth, aboutNorth, aboutColleague, aboutMember]);
      expect(await list(admin, { teamId: south.id })).toEqual([aboutSouth]);
      expect(await list(admin, { first: 2 })).toEqual([aboutLoner, aboutSouth]);

      expectError(await api.gql(LIST, { teamId: south.id }, north.manager.token), 'FORBIDDEN');
      expectError(await api.gql(LIST, { teamId: north.id }, member!.token), 'FORBIDDEN');
      expectError(await api.gql(LIST, { teamId: other.north.id }, admin), 'NOT_FOUND');
      expectError(await api.gql(LIST, { first: 0 }, admin), 'BAD_USER_INPUT', 'first');
      expectError(await api.gql(LIST, { first: 201 }, admin), 'BAD_USER_INPUT', 'first');
    });
  });
});
