import { CALENDAR_PERIODS, type CalendarPeriod } from '@laurels/domain';
import { ALL_TIME_START } from './points-earners.entity.js';

/** Whatever runs SQL: an EntityManager, a QueryRunner or a DataSource. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

const TRUNCATE: Record<CalendarPeriod, string> = { WEEK: 'week', MONTH: 'month', QUARTER: 'quarter' };
const LENGTH: Record<CalendarPeriod, string> = { WEEK: '1 week', MONTH: '1 month', QUARTER: '3 months' };

/*
 * Period keys come from PostgreSQL's calendar and time zone database, never
 * the runtime's: the totals a transaction moves and the totals the set-based
 * rebuild computes must name the same local day for the same instant.
 */

/** SQL for the wall-clock time in `timeZone` at `instant` (both SQL expressions). */
export function localTimeSql(instant: string, timeZone: string): string {
  return `(${instant} AT TIME ZONE ${timeZone})`;
}

/** SQL for the local day on which the `period` holding the local time `local` began; weeks begin on Monday. */
export function periodStartSql(period: CalendarPeriod, local: string): string {
  return `date_trunc('${TRUNCATE[period]}', ${local})::date`;
}

/** SQL for the instant the period that began on the local day `start` ends (the next one begins) in `timeZone`. */
export function periodEndSql(period: CalendarPeriod, start: string, timeZone: string): string {
  return `((${start} + interval '${LENGTH[period]}') AT TIME ZONE ${timeZone})`;
}

/** SQL rows (period, period_start) of every calendar period holding the local time `local`. */
export function calendarPeriodsSql(local: string): string {
  const rows = CALENDAR_PERIODS.map((period) => `('${period}'::leaderboard_period, ${periodStartSql(period, local)})`);
  return `(VALUES ${rows.join(', ')})`;
}

/**
 * Rebuilds from the points ledger everything the leaderboards keep, for one
 * organisation or, without one, for all: users.points, points_totals,
 * team_points_totals, teams.points, points_earners and
 * organizations.ranked_people, as the triggers on users keep them: a
 * deactivated person's totals count toward no team and rank nowhere.
 * Set-based SQL, run after a bulk load (the scale seeder), and as a repair.
 *
 * It runs in the caller's transaction and takes table locks that make every
 * write to the ledger, people and teams wait until that transaction ends, so
 * nothing moves while it counts.
 */
export async function rebuildPointsTotals(runner: Queryable, organizationId: string | null = null): Promise<void> {
  const inScope = (alias: string) => `($1::uuid IS NULL OR ${alias}.organization_id = $1)`;
  const run = (sql: string) => runner.query(sql, [organizationId]);

  await runner.query(
    'LOCK TABLE points_entries, users, teams, points_totals, team_points_totals, points_earners IN SHARE ROW EXCLUSIVE MODE',
  );
  // Millions of ledger rows aggregate in memory rather than in temporary files; only for this transaction.
  await runner.query(`SELECT set_config('work_mem', '256MB', true)`);

  await run(
    `UPDATE users u SET points = sums.points
       FROM (SELECT person.id, COALESCE(sum(e.amount), 0)::int AS points
               FROM users person LEFT JOIN points_entries e ON e.user_id = person.id
              WHERE ${inScope('person')} GROUP BY person.id) sums
      WHERE u.id = sums.id AND u.points <> sums.points`,
  );

  await run(`DELETE FROM points_totals t WHERE ${inScope('t')}`);
  // Summed per local day first: a day's rows then fall into one week, month and quarter each.
  await run(
    `WITH days AS (
       SELECT e.user_id, ${localTimeSql('e.created_at', 'o.time_zone')}::date AS day, sum(e.amount) AS points
         FROM points_entries e JOIN organizations o ON o.id = e.organization_id
        WHERE ${inScope('e')}
        GROUP BY e.user_id, day
     ), periods AS (
       SELECT days.user_id, p.period, p.period_start, sum(days.points)::int AS points
         FROM days CROSS JOIN LATERAL ${calendarPeriodsSql('days.day::timestamp')} AS p(period, period_start)
        GROUP BY days.user_id, p.period, p.period_start
     )
     INSERT INTO points_totals (user_id, period, period_start, organization_id, team_id, display_name, opted_out, points)
     SELECT periods.user_id, periods.period, periods.period_start, u.organization_id, CASE WHEN u.active THEN u.team_id END, u.display_name,
            u.leaderboard_opt_out OR NOT u.active, periods.points
       FROM periods JOIN users u ON u.id = periods.user_id
      WHERE periods.points > 0
      ORDER BY periods.user_id, periods.period, periods.period_start`,
  );

  await run(`DELETE FROM team_points_totals t WHERE ${inScope('t')}`);
  await run(
    `INSERT INTO team_points_totals (team_id, period, period_start, organization_id, name, points)
     SELECT t.team_id, t.period, t.period_start, t.organization_id, team.name, sum(t.points)::int
       FROM points_totals t JOIN teams team ON team.id = t.team_id
      WHERE ${inScope('t')}
      GROUP BY t.team_id, t.period, t.period_start, t.organization_id, team.name`,
  );
  await run(
    `UPDATE teams team SET points = sums.points
       FROM (SELECT t.id, COALESCE(sum(u.points), 0)::int AS points FROM teams t LEFT JOIN users u ON u.team_id = t.id AND u.active
              WHERE ${inScope('t')} GROUP BY t.id) sums
      WHERE team.id = sums.id AND team.points <> sums.points`,
  );

  await run(`DELETE FROM points_earners e WHERE ${inScope('e')}`);
  await run(
    `INSERT INTO points_earners (organization_id, period, period_start, people)
     SELECT t.organization_id, t.period, t.period_start, count(*)::int FROM points_totals t
      WHERE NOT t.opted_out AND ${inScope('t')} GROUP BY t.organization_id, t.period, t.period_start
     UNION ALL
     SELECT u.organization_id, 'ALL_TIME', '${ALL_TIME_START}', count(*)::int FROM users u
      WHERE u.active AND NOT u.leaderboard_opt_out AND u.points > 0 AND ${inScope('u')} GROUP BY u.organization_id`,
  );
  await run(
    `UPDATE organizations o SET ranked_people = (SELECT count(*)::int FROM users u WHERE u.organization_id = o.id AND u.active AND NOT u.leaderboard_opt_out)
      WHERE $1::uuid IS NULL OR o.id = $1`,
  );
}
