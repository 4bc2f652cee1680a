import { LeaderboardPeriod, LeaderboardScope, Role } from '@laurels/domain';
import { DataSource } from 'typeorm';
import type { Viewer } from '../src/platform/auth/viewer.js';
import { LeaderboardService } from '../src/views/leaderboards/leaderboard.service.js';
import { rebuildPointsTotals } from '../src/achievements/points/period-totals.js';
import { addMember, signUpOrganization, type Member, type Organization } from './support/fixtures.js';
import { rowsExamined, statementsDuring } from './support/statements.js';
import { startTestApi, type TestApi } from './support/test-app.js';

const PERIODS = [LeaderboardPeriod.WEEK, LeaderboardPeriod.MONTH, LeaderboardPeriod.QUARTER, LeaderboardPeriod.ALL_TIME];
/** A Wednesday afternoon: the hour before it is in this week, month and quarter. */
const NOW = new Date('2026-07-15T14:00:00Z');

interface Sized {
  readonly organization: Organization;
  readonly teams: number;
  /** Earns more than anyone in every period. */
  readonly leader: Member;
  readonly leadersTeam: string;
}

/** What reading costs: the statements sent and the rows PostgreSQL examines for them. */
interface Cost {
  readonly statements: number;
  readonly rows: number;
}

describe('leaderboards at ten times the size: a read costs what it returns, not what the organisation holds', () => {
  let api: TestApi;
  let small: Sized;
  let large: Sized;
  beforeAll(async () => {
    api = await startTestApi();
    api.clock.set(NOW);
    small = await organizationOf(400);
    large = await organizationOf(4_000);
    // As autovacuum leaves a bulk load: statistics and the visibility map up to date, so that no plan changes under the test.
    await api.sql('VACUUM ANALYZE');
  }, 120_000);
  afterAll(() => api.close());

  /**
   * An organisation of `people` in teams of ten, each with ten ledger rows over
   * the last four months, one of them in the last hour (so everyone earned in
   * every period and boards need nobody who earned nothing), loaded in bulk and
   * totalled by the rebuild; its leader earned 100,000 points an hour ago.
   */
  async function organizationOf(people: number): Promise<Sized> {
    const organization = await signUpOrganization(api);
    const teams = people / 10;
    const [first] = await api.sql<{ id: string }>(
      `INSERT INTO teams (organization_id, name) SELECT $1, 'Team ' || lpad(i::text, 5, '0') FROM generate_series(1, $2) i ORDER BY i RETURNING id`,
      [organization.id, teams],
    );
    const leader = await addMember(api, organization, { name: 'Lee Leader', teamId: first!.id });
    await api.sql(
      `WITH teams AS (SELECT array_agg(id ORDER BY name) AS ids FROM teams WHERE organization_id = $1)
       INSERT INTO users (organization_id, email, display_name, role, team_id, password_hash)
       SELECT $1, 'p' || i || '-' || gen_random_uuid() || '@example.com', 'Person ' || lpad(i::text, 5, '0'), 'EMPLOYEE', teams.ids[1 + i % $3], 'not-a-hash'
         FROM generate_series(2, $2) i, teams`,
      [organization.id, people, teams],
    );
    await api.sql(
      `INSERT INTO points_entries (organization_id, user_id, amount, reason, description, source_id, created_at)
       SELECT $1, u.id, CASE WHEN u.id = $3 AND k = 0 THEN 100000 ELSE 5 * (1 + floor(random() * 10))::int END, 'ADJUSTMENT', 'Seeded', gen_random_uuid()::text,
              $2::timestamptz - CASE WHEN k = 0 THEN interval '1 hour' ELSE random() * interval '120 days' END
         FROM users u, generate_series(0, 9) k WHERE u.organization_id = $1 AND u.role = 'EMPLOYEE'`,
      [organization.id, NOW, leader.id],
    );
    await api.app.get(DataSource).transaction((manager) => rebuildPointsTotals(manager, organization.id));
    return { organization, teams, leader, leadersTeam: first!.id };
  }

  const asLeader = (sized: Sized): Viewer => ({ userId: sized.leader.id, organizationId: sized.organization.id, role: Role.EMPLOYEE });
  const asAdmin = (sized: Sized): Viewer => ({
    userId: sized.organization.admin.id,
    organizationId: sized.organization.id,
    role: Role.ADMIN,
  });

  /**
   * What the leaderboard page reads, as its query asks the service: the
   * first twenty places, the viewer's own and the size of the board; the
   * people and teams on it then load in one batch each, like any page.
   */
  async function cost(viewer: Viewer, scope: LeaderboardScope, period: LeaderboardPeriod, teamId: string | null = null): Promise<Cost> {
    const boards = api.app.get(LeaderboardService);
    const statements = await statementsDuring(api, async () => {
      await boards.board(viewer, scope, period, teamId, 20);
      await boards.mine(viewer, scope, period, teamId);
      await boards.count(viewer, scope, teamId);
    });
    return { statements: statements.length, rows: await rowsExamined(api, statements) };
  }

  it.each(PERIODS)(
    'the board of people, %s: the same statements and no more rows, for the leader and for someone who earned nothing',
    async (period) => {
      for (const [who, viewer] of [
        ['the leader', asLeader],
        ['an admin who earned nothing', asAdmin],
      ] as const) {
        const few = await cost(viewer(small), LeaderboardScope.INDIVIDUAL, period);
        const many = await cost(viewer(large), LeaderboardScope.INDIVIDUAL, period);
        expect({ who, statements: many.statements, moreRows: many.rows > few.rows }).toEqual({
          who,
          statements: few.statements,
          moreRows: false,
        });
      }
    },
  );

  it.each(PERIODS)(
    'one team’s board of people, %s: the same statements and no more rows when there are ten times the teams',
    async (period) => {
      const few = await cost(asLeader(small), LeaderboardScope.INDIVIDUAL, period, small.leadersTeam);
      const many = await cost(asLeader(large), LeaderboardScope.INDIVIDUAL, period, large.leadersTeam);
      expect(many.statements).toBe(few.statements);
      expect(many.rows).toBeLessThanOrEqual(few.rows);
    },
  );

  it.each(PERIODS)('the board of teams, %s: the same statements, and rows that grow only with counting the teams', async (period) => {
    const few = await cost(asLeader(small), LeaderboardScope.TEAM, period);
    const many = await cost(asLeader(large), LeaderboardScope.TEAM, period);
    expect(many.statements).toBe(few.statements);
    // The board's size is a count of the teams: bounded by the number of teams (a tenth of the people here, a hundredth at
    // scale), not by the page; PostgreSQL may count them by reading every team of the database when that is cheaper.
    const [teams] = await api.sql<{ count: number }>('SELECT count(*)::int AS count FROM teams');
    expect(many.rows - few.rows).toBeLessThanOrEqual(teams!.count);
  });

  it('ranks someone further down by counting the places ahead of them', async () => {
    const [fortieth] = await api.sql<{ id: string }>(
      `SELECT id FROM users WHERE organization_id = $1 ORDER BY points DESC, display_name, id OFFSET 39 LIMIT 1`,
      [large.organization.id],
    );
    const viewer: Viewer = { userId: fortieth!.id, organizationId: large.organization.id, role: Role.EMPLOYEE };
    const boards = api.app.get(LeaderboardService);
    const statements = await statementsDuring(api, () =>
      boards.mine(viewer, LeaderboardScope.INDIVIDUAL, LeaderboardPeriod.ALL_TIME, null),
    );
    const mine = await boards.mine(viewer, LeaderboardScope.INDIVIDUAL, LeaderboardPeriod.ALL_TIME, null);
    // 39 ahead of 4,000: the rank costs those, and a handful of rows more. (A tenth of the way down an organisation that fills
    // its tables, PostgreSQL may choose to read the table instead, as cheaper: that choice is its own, so this asks for a place
    // where reading the index is the only sensible plan.)
    expect(await rowsExamined(api, statements)).toBeLessThanOrEqual(mine!.rank + 10);
  });
});
