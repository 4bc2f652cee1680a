import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { PointsReason } from '@laurels/domain';
import { AchievementService } from '../src/achievements/achievement-path/achievement.service.js';
import { LeaderboardService } from '../src/views/leaderboards/leaderboard.service.js';
import { rebuildPointsTotals } from '../src/achievements/points/period-totals.js';
import { PointsService } from '../src/achievements/points/points.service.js';
import { DAY_MS } from './support/achievements.js';
import { createTeam, signUpOrganization, type Organization } from './support/fixtures.js';
import { localMidnight, periodStart, type Period } from './support/periods.js';
import { statementsDuring } from './support/statements.js';
import { startTestApi, type TestApi } from './support/test-app.js';
import { expectTotalsMatchLedger, keptTotals } from './support/totals.js';

const PERIODS: Period[] = ['WEEK', 'MONTH', 'QUARTER', 'ALL_TIME'];
const MINUTE_MS = 60_000;

const BOARD = `query ($scope: LeaderboardScope!, $period: LeaderboardPeriod!) {
  leaderboard(scope: $scope, period: $period, first: 100) { rank points user { id } team { id } }
  myLeaderboardEntry(scope: $scope, period: $period) { rank points user { id } team { id } }
  leaderboardCount(scope: $scope)
}`;

interface Entry {
  readonly rank: number;
  readonly points: number;
  readonly user: { id: string } | null;
  readonly team: { id: string } | null;
}

/** Something that happens in an organisation, `minutes` after (or before) a period boundary of its time zone. */
type Step =
  | { readonly kind: 'earn'; readonly person: number; readonly points: number; readonly minutes: number }
  | { readonly kind: 'move'; readonly person: number; readonly team: number | null }
  | { readonly kind: 'optOut'; readonly person: number; readonly optOut: boolean }
  | { readonly kind: 'rename'; readonly person: number; readonly name: string }
  | { readonly kind: 'active'; readonly person: number; readonly active: boolean };

const TIME_ZONES = ['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC', 'Asia/Kathmandu', 'Australia/Lord_Howe'];
/** Local days on which a period begins: the first of a quarter (a Wednesday), a Monday, New Year's Day, the day US clocks go back. */
const BOUNDARIES: [number, number, number][] = [
  [2026, 4, 1],
  [2026, 3, 30],
  [2027, 1, 1],
  [2026, 11, 1],
];
const PEOPLE = 5;
const TEAMS = 2;

const DAYS = 24 * 60;
const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('earn' as const),
      person: fc.nat(PEOPLE),
      points: fc.oneof(fc.constantFrom(0, 5, 10, 25), fc.integer({ min: 1, max: 60 })),
      // Around the boundary, on it, or weeks before it.
      minutes: fc.oneof(fc.integer({ min: -3 * DAYS, max: 3 * DAYS }), fc.constantFrom(0, -1), fc.integer({ min: -100 * DAYS, max: 0 })),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('move' as const), person: fc.nat(PEOPLE), team: fc.option(fc.nat(TEAMS - 1), { nil: null }) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('optOut' as const), person: fc.nat(PEOPLE), optOut: fc.boolean() }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('rename' as const), person: fc.nat(PEOPLE), name: fc.constantFrom('Ann', 'Bob', 'Cyd') }),
  },
  // Anyone but the admin (person 0), who reads the boards.
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('active' as const), person: fc.integer({ min: 1, max: PEOPLE }), active: fc.boolean() }),
  },
);

const scenarioArbitrary = fc.record({
  timeZone: fc.constantFrom(...TIME_ZONES),
  boundary: fc.constantFrom(...BOUNDARIES),
  // Where the boards are read: at most two days either side of the boundary.
  nowMinutes: fc.integer({ min: -2 * DAYS, max: 2 * DAYS }),
  startTeams: fc.array(fc.option(fc.nat(TEAMS - 1), { nil: null }), { minLength: PEOPLE, maxLength: PEOPLE }),
  steps: fc.array(stepArbitrary, { minLength: 1, maxLength: 25 }),
});

describe('leaderboard totals: what the achievement path keeps equals summing the ledger', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());
  afterEach(() => api.clock.reset());

  /** Records `points` for a person the way every fact does: through the one achievement path, which locks them. */
  async function earn(userId: string, points: number, at: Date): Promise<void> {
    api.clock.set(at);
    const achievements = api.app.get(AchievementService);
    await api.app.get(DataSource).transaction(async (manager) => {
      await achievements.record(manager, userId, [{ kind: 'MODULE_COMPLETED', moduleId: randomUUID(), title: 'A lesson', points }]);
    });
  }

  async function organizationWith(timeZone: string, startTeams: (number | null)[]) {
    const organization = await signUpOrganization(api, undefined, timeZone);
    const teams = [await createTeam(api, organization, 'Ants'), await createTeam(api, organization, 'Bees')];
    const people = [organization.admin.id];
    for (const [index, team] of startTeams.entries()) {
      const [row] = await api.sql<{ id: string }>(
        `INSERT INTO users (organization_id, email, display_name, role, team_id, password_hash) VALUES ($1, $2, $3, 'EMPLOYEE', $4, 'not-a-hash') RETURNING id`,
        [organization.id, `person-${randomUUID()}@example.com`, `Person ${index}`, team === null ? null : teams[team]],
      );
      people.push(row!.id);
    }
    return { organization, teams, people };
  }

  /** The boards, the admin's own places and the board sizes in every period must be what the ledger says, ranked by counting. */
  async function expectBoards(organization: Organization, timeZone: string, now: Date): Promise<void> {
    api.clock.set(now);
    const people = await api.sql<{ id: string; team_id: string | null; leaderboard_opt_out: boolean; active: boolean }>(
      'SELECT id, team_id, leaderboard_opt_out, active FROM users WHERE organization_id = $1',
      [organization.id],
    );
    const teams = await api.sql<{ id: string }>('SELECT id FROM teams WHERE organization_id = $1', [organization.id]);
    const ledger = await api.sql<{ user_id: string; amount: number; created_at: Date }>(
      'SELECT user_id, amount, created_at FROM points_entries WHERE organization_id = $1',
      [organization.id],
    );
    const ranked = (scores: { id: string; points: number }[]) =>
      scores
        .map((score) => ({ ...score, rank: 1 + scores.filter((other) => other.points > score.points).length }))
        .sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id));
    const viewer = organization.admin.id;
    for (const period of PERIODS) {
      const since = periodStart(now, timeZone, period)?.getTime() ?? -Infinity;
      const earned = (ids: string[]) =>
        ledger.filter((row) => ids.includes(row.user_id) && row.created_at.getTime() >= since).reduce((sum, row) => sum + row.amount, 0);
      const individual = ranked(
        people
          .filter((someone) => (someone.active && !someone.leaderboard_opt_out) || someone.id === viewer)
          .map((someone) => ({ id: someone.id, points: earned([someone.id]) })),
      );
      const teamBoard = ranked(
        teams.map((team) => ({
          id: team.id,
          points: earned(people.filter((someone) => someone.active && someone.team_id === team.id).map((someone) => someone.id)),
        })),
      );
      const viewersTeam = people.find((someone) => someone.id === viewer)!.team_id;

      for (const [scope, expected, own] of [
        ['INDIVIDUAL', individual, viewer],
        ['TEAM', teamBoard, viewersTeam],
      ] as const) {
        const read = await api.ok<{ leaderboard: Entry[]; myLeaderboardEntry: Entry | null; leaderboardCount: number }>(
          BOARD,
          { scope, period },
          organization.admin.token,
        );
        const place = (entry: Entry) => ({ id: (entry.user ?? entry.team)!.id, points: entry.points, rank: entry.rank });
        const label = `${scope} ${period} at ${now.toISOString()} in ${timeZone}`;
        expect({ label, board: read.leaderboard.map(place).sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id)) }).toEqual({
          label,
          board: expected,
        });
        expect({ label, mine: read.myLeaderboardEntry && place(read.myLeaderboardEntry) }).toEqual({
          label,
          mine: expected.find((entry) => entry.id === own) ?? null,
        });
        expect({ label, count: read.leaderboardCount }).toEqual({ label, count: expected.length });
      }
    }
  }

  it('keeps every person’s and team’s totals equal to their ledger, across period boundaries and time zones, through opt-outs, renames, team moves, deactivations and reactivations (property)', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArbitrary, async ({ timeZone, boundary, nowMinutes, startTeams, steps }) => {
        const { organization, teams, people } = await organizationWith(timeZone, startTeams);
        const anchor = localMidnight(...boundary, timeZone).getTime();
        const now = anchor + nowMinutes * MINUTE_MS;
        for (const step of steps) {
          const userId = people[step.person]!;
          if (step.kind === 'earn') {
            // Never after the moment the boards are read: the ledger is written as things happen.
            const at = anchor + step.minutes * MINUTE_MS;
            await earn(userId, step.points, new Date(at > now ? now - (at - now) : at));
          } else if (step.kind === 'move') {
            await api.sql('UPDATE users SET team_id = $2 WHERE id = $1', [userId, step.team === null ? null : teams[step.team]]);
          } else if (step.kind === 'optOut') {
            await api.sql('UPDATE users SET leaderboard_opt_out = $2 WHERE id = $1', [userId, step.optOut]);
          } else if (step.kind === 'active') {
            await api.sql('UPDATE users SET active = $2 WHERE id = $1', [userId, step.active]);
          } else {
            await api.sql('UPDATE users SET display_name = $2 WHERE id = $1', [userId, step.name]);
          }
        }
        await expectTotalsMatchLedger(api, organization.id);
        await expectBoards(organization, timeZone, new Date(now));
      }),
      { numRuns: 25 },
    );
  }, 300_000);

  it('rebuilds from the ledger exactly what the achievement path kept', async () => {
    const { organization, teams, people } = await organizationWith('America/Los_Angeles', [0, 0, 1, null, 1]);
    const start = localMidnight(2026, 7, 1, 'America/Los_Angeles').getTime();
    for (const [index, userId] of people.entries()) {
      await earn(userId, 10 + index, new Date(start - index * DAY_MS));
      await earn(userId, 5, new Date(start + index * 3_600_000));
    }
    await api.sql('UPDATE users SET team_id = $2 WHERE id = $1', [people[1], teams[1]]);
    await api.sql('UPDATE users SET leaderboard_opt_out = true WHERE id = $1', [people[2]]);
    await api.sql('UPDATE users SET active = false WHERE id = $1', [people[3]]);
    await api.sql('UPDATE users SET active = false WHERE id = $1', [people[4]]);
    const kept = await keptTotals(api, organization.id);

    await api.app.get(DataSource).transaction((manager) => rebuildPointsTotals(manager, organization.id));
    expect(await keptTotals(api, organization.id)).toEqual(kept);
    await expectTotalsMatchLedger(api, organization.id);
  });

  it('moves no total for points a rolled-back transaction or savepoint appended, and every total for those that stay', async () => {
    const { organization, people } = await organizationWith('UTC', [0, 0, 1, null, 1]);
    const points = api.app.get(PointsService);
    const append = (manager: EntityManager, userId: string, amount: number) =>
      points.append(
        manager,
        { id: userId, organizationId: organization.id },
        [{ reason: PointsReason.ADJUSTMENT, sourceId: randomUUID(), amount, description: 'Test' }],
        new Date(),
      );
    await expect(
      api.app.get(DataSource).transaction(async (manager) => {
        await append(manager, people[1]!, 30);
        throw new Error('changed our mind');
      }),
    ).rejects.toThrow('changed our mind');
    await api.app.get(DataSource).transaction(async (manager) => {
      await append(manager, people[1]!, 10);
      await manager
        .transaction(async (inner) => {
          await append(inner, people[2]!, 20);
          await append(inner, people[1]!, 40);
          throw new Error('not these');
        })
        .catch(() => null);
      await manager.transaction((inner) => append(inner, people[3]!, 5));
      await append(manager, people[2]!, 1);
    });
    expect(
      await api.sql('SELECT user_id, amount FROM points_entries WHERE organization_id = $1 ORDER BY amount', [organization.id]),
    ).toEqual([
      { user_id: people[2], amount: 1 },
      { user_id: people[3], amount: 5 },
      { user_id: people[1], amount: 10 },
    ]);
    await expectTotalsMatchLedger(api, organization.id);
  });

  it('keeps the totals of those who stay when a person, a team or a whole organisation is deleted', async () => {
    const { organization, teams, people } = await organizationWith('UTC', [0, 0, 1, 1, null]);
    const other = await organizationWith('UTC', [0, 1, null, 0, 1]);
    for (const [index, userId] of [...people, ...other.people].entries())
      await earn(userId, 5 + index, new Date(Date.UTC(2026, 5, 1 + index, 12)));

    await api.sql('DELETE FROM users WHERE id = $1', [people[1]]);
    await api.sql('UPDATE users SET leaderboard_opt_out = true WHERE id = $1', [people[3]]);
    await api.sql('DELETE FROM users WHERE id = $1', [people[3]]);
    await api.sql('UPDATE users SET active = false WHERE id = $1', [people[2]]);
    await api.sql('DELETE FROM users WHERE id = $1', [people[2]]);
    await expectTotalsMatchLedger(api, organization.id);
    await api.sql('DELETE FROM teams WHERE id = $1', [teams[1]]);
    await expectTotalsMatchLedger(api, organization.id);

    await api.sql('DELETE FROM organizations WHERE id = $1', [organization.id]);
    expect(await api.sql('SELECT count(*)::int AS count FROM points_totals WHERE organization_id = $1', [organization.id])).toEqual([
      { count: 0 },
    ]);
    await expectTotalsMatchLedger(api, other.organization.id);
  });

  it('reads the digest’s top learners from the totals for exactly a week, month or quarter of the organisation, and sums the ledger for any other window', async () => {
    const timeZone = 'America/Los_Angeles';
    const { organization, people } = await organizationWith(timeZone, [0, 1, null, 0, 1]);
    const monday = localMidnight(2026, 3, 30, timeZone).getTime();
    for (const [index, userId] of people.entries()) {
      for (const days of [-40, -8, -1, 0, 2, 6.99, 7, 40])
        await earn(userId, 5 * ((index + days) % 4 === 0 ? 2 : 1) + (days === 0 ? index : 0), new Date(monday + days * DAY_MS));
    }
    await api.sql('UPDATE users SET leaderboard_opt_out = true WHERE id = $1', [people[2]]);
    const names = new Map(
      (
        await api.sql<{ id: string; display_name: string; leaderboard_opt_out: boolean }>(
          'SELECT id, display_name, leaderboard_opt_out FROM users WHERE organization_id = $1',
          [organization.id],
        )
      ).map((row) => [row.id, row]),
    );
    const ledger = await api.sql<{ user_id: string; amount: number; created_at: Date }>(
      'SELECT user_id, amount, created_at FROM points_entries WHERE organization_id = $1',
      [organization.id],
    );

    const windows: [string, Date, Date, boolean][] = [
      ['the week from Monday 30 March', new Date(monday), localMidnight(2026, 4, 6, timeZone), true],
      ['April', localMidnight(2026, 4, 1, timeZone), localMidnight(2026, 5, 1, timeZone), true],
      [
        'the first quarter, begun in winter time and ended in summer time',
        localMidnight(2026, 1, 1, timeZone),
        localMidnight(2026, 4, 1, timeZone),
        true,
      ],
      ['a week from Monday noon', new Date(monday + DAY_MS / 2), new Date(monday + 7.5 * DAY_MS), false],
      ['a week in UTC', new Date('2026-03-30T00:00:00Z'), new Date('2026-04-06T00:00:00Z'), false],
    ];
    for (const [label, from, to, exact] of windows) {
      const earned = new Map<string, number>();
      for (const row of ledger)
        if (row.created_at >= from && row.created_at < to) earned.set(row.user_id, (earned.get(row.user_id) ?? 0) + row.amount);
      const shown = [...earned].filter(([userId, points]) => points > 0 && !names.get(userId)!.leaderboard_opt_out);
      const expected = shown
        .map(([userId, points]) => ({ userId, points, rank: 1 + shown.filter(([, other]) => other > points).length }))
        .sort(
          (a, b) =>
            b.points - a.points ||
            names.get(a.userId)!.display_name.localeCompare(names.get(b.userId)!.display_name) ||
            a.userId.localeCompare(b.userId),
        )
        .slice(0, 3);

      let learners: Awaited<ReturnType<LeaderboardService['topLearners']>> = [];
      const statements = await statementsDuring(
        api,
        async () => (learners = await api.app.get(LeaderboardService).topLearners(organization.id, from, to, 3)),
      );
      expect({ label, learners: learners.map((entry) => ({ userId: entry.item.userId, points: entry.points, rank: entry.rank })) }).toEqual(
        { label, learners: expected },
      );
      expect({ label, readsTheLedger: statements.some((statement) => statement.query.includes('points_entries')) }).toEqual({
        label,
        readsTheLedger: !exact,
      });
    }
  });
});
