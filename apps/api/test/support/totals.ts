import { periodStartDay, type CalendarPeriod } from './periods.js';
import type { TestApi } from './test-app.js';

/** Whatever answers SQL with rows: the test API, or a DataSource wrapped as one. */
type Sql = Pick<TestApi, 'sql'>;

const CALENDAR_PERIODS: CalendarPeriod[] = ['WEEK', 'MONTH', 'QUARTER'];

/** Everything the leaderboards keep for one organisation, in a form to compare. */
export interface KeptTotals {
  readonly balances: string[];
  readonly people: string[];
  readonly teams: string[];
  readonly teamBalances: string[];
  readonly earners: string[];
  readonly rankedPeople: number;
}

/**
 * What the leaderboards must hold for an organisation, summed in JavaScript
 * from its points ledger with the reference calendar: each person's balance
 * and totals per week, month and quarter (with copies of their name, team and
 * opt-out), each team's from its current active members, how many people
 * still on the boards earned in each period, and how many are on them. A
 * deactivated person is in no team and off the boards, as if opted out.
 */
export async function ledgerTotals(api: Sql, organizationId: string): Promise<KeptTotals> {
  const [organization] = await api.sql<{ time_zone: string }>('SELECT time_zone FROM organizations WHERE id = $1', [organizationId]);
  const people = (
    await api.sql<{ id: string; team_id: string | null; display_name: string; leaderboard_opt_out: boolean; active: boolean }>(
      'SELECT id, team_id, display_name, leaderboard_opt_out, active FROM users WHERE organization_id = $1',
      [organizationId],
    )
  ).map((someone) => ({
    ...someone,
    team_id: someone.active ? someone.team_id : null,
    leaderboard_opt_out: someone.leaderboard_opt_out || !someone.active,
  }));
  const teams = await api.sql<{ id: string; name: string }>('SELECT id, name FROM teams WHERE organization_id = $1', [organizationId]);
  const ledger = await api.sql<{ user_id: string; amount: number; created_at: Date }>(
    'SELECT user_id, amount, created_at FROM points_entries WHERE organization_id = $1',
    [organizationId],
  );

  const add = (sums: Map<string, number>, key: string, amount: number) => sums.set(key, (sums.get(key) ?? 0) + amount);
  const balance = new Map<string, number>();
  const perPeriod = new Map<string, number>();
  for (const row of ledger) {
    add(balance, row.user_id, row.amount);
    for (const period of CALENDAR_PERIODS)
      add(perPeriod, `${row.user_id} ${period} ${periodStartDay(row.created_at, organization!.time_zone, period)}`, row.amount);
  }
  const person = new Map(people.map((someone) => [someone.id, someone]));
  const teamName = new Map(teams.map((team) => [team.id, team.name]));

  const teamTotals = new Map<string, number>();
  const earners = new Map<string, number>();
  const personRows: string[] = [];
  for (const [key, points] of perPeriod) {
    if (points <= 0) continue;
    const [userId, period, start] = key.split(' ');
    const someone = person.get(userId!)!;
    personRows.push(`${key} ${points} team=${someone.team_id} name=${someone.display_name} optedOut=${someone.leaderboard_opt_out}`);
    if (someone.team_id) add(teamTotals, `${someone.team_id} ${period} ${start} name=${teamName.get(someone.team_id)}`, points);
    if (!someone.leaderboard_opt_out) add(earners, `${period} ${start}`, 1);
  }
  const everEarned = people.filter((someone) => !someone.leaderboard_opt_out && (balance.get(someone.id) ?? 0) > 0).length;
  if (everEarned > 0) earners.set('ALL_TIME -infinity', everEarned);
  const teamBalance = new Map<string, number>();
  for (const someone of people) if (someone.team_id) add(teamBalance, someone.team_id, balance.get(someone.id) ?? 0);

  return {
    balances: people.map((someone) => `${someone.id} ${balance.get(someone.id) ?? 0}`).sort(),
    people: personRows.sort(),
    teams: [...teamTotals].map(([key, points]) => `${key} ${points}`).sort(),
    teamBalances: teams.map((team) => `${team.id} ${teamBalance.get(team.id) ?? 0}`).sort(),
    earners: [...earners].map(([key, count]) => `${key} ${count}`).sort(),
    rankedPeople: people.filter((someone) => !someone.leaderboard_opt_out).length,
  };
}

/** What the database keeps for the leaderboards of an organisation, in the form ledgerTotals gives. Rows that fell to zero are as good as none. */
export async function keptTotals(api: Sql, organizationId: string): Promise<KeptTotals> {
  const balances = await api.sql<{ id: string; points: number }>('SELECT id, points FROM users WHERE organization_id = $1', [
    organizationId,
  ]);
  const people = await api.sql<{ row: string }>(
    `SELECT concat_ws(' ', user_id, period, period_start, points, 'team=' || COALESCE(team_id::text, 'null'), 'name=' || display_name, 'optedOut=' || opted_out) AS row
       FROM points_totals WHERE organization_id = $1`,
    [organizationId],
  );
  const teams = await api.sql<{ row: string }>(
    `SELECT concat_ws(' ', team_id, period, period_start, 'name=' || name, points) AS row FROM team_points_totals WHERE organization_id = $1 AND points <> 0`,
    [organizationId],
  );
  const teamBalances = await api.sql<{ id: string; points: number }>('SELECT id, points FROM teams WHERE organization_id = $1', [
    organizationId,
  ]);
  const earners = await api.sql<{ row: string }>(
    `SELECT concat_ws(' ', period, period_start, people) AS row FROM points_earners WHERE organization_id = $1 AND people <> 0`,
    [organizationId],
  );
  const [organization] = await api.sql<{ ranked_people: number }>('SELECT ranked_people FROM organizations WHERE id = $1', [
    organizationId,
  ]);
  return {
    balances: balances.map((row) => `${row.id} ${row.points}`).sort(),
    people: people.map((row) => row.row).sort(),
    teams: teams.map((row) => row.row).sort(),
    teamBalances: teamBalances.map((row) => `${row.id} ${row.points}`).sort(),
    earners: earners.map((row) => row.row).sort(),
    rankedPeople: organization!.ranked_people,
  };
}

/** Fails, showing the difference, unless what is kept for the organisation's leaderboards is what its ledger says. */
export async function expectTotalsMatchLedger(api: Sql, organizationId: string): Promise<void> {
  expect(await keptTotals(api, organizationId)).toEqual(await ledgerTotals(api, organizationId));
}
