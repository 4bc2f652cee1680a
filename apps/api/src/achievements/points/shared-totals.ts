import { Injectable } from '@nestjs/common';
import type { LeaderboardPeriod } from '@laurels/domain';
import type { EntityManager, QueryRunner } from 'typeorm';

/** Points appended for one person, as the totals they share with others see them. */
export interface SharedCredit {
  readonly organizationId: string;
  readonly teamId: string | null;
  readonly points: number;
  /** The calendar periods the points fall in, each by its first local day. */
  readonly periods: readonly { readonly period: LeaderboardPeriod; readonly start: string }[];
  /** The periods, ALL_TIME among them, in which the person is now a ranked earner for the first time. */
  readonly newEarner: readonly { readonly period: LeaderboardPeriod; readonly start: string }[];
}

const PENDING = 'laurels.sharedCredits';

/**
 * The totals many transactions move at once: a team's points (lifetime and
 * per period) and how many people earned in each period. They are moved in
 * the transaction that appended to the ledger, but at its very end, when the
 * achievement path flushes them just before it commits: their rows stay
 * locked for the commit alone, so that a team's members completing modules
 * together queue behind each other only that long. Teams go first, in id
 * order, then the earner counts in period order: every path that locks both
 * keeps that order, and none deadlocks.
 */
@Injectable()
export class SharedTotals {
  /** Moves `credit` when `manager`'s transaction is flushed before it commits. */
  add(manager: EntityManager, credit: SharedCredit): void {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) throw new Error('points are appended inside a transaction');
    pending(runner).push(credit);
  }

  /** Whether this transaction has totals to move, and the teams among them. */
  pendingTeams(runner: QueryRunner): string[] | null {
    const credits = pending(runner);
    return credits.length === 0 ? null : credits.flatMap((credit) => (credit.teamId ? [credit.teamId] : []));
  }

  /** Forgets what a rolled-back transaction (or savepoint) added. */
  discard(runner: QueryRunner): void {
    pending(runner).splice(0);
  }

  /** Writes what is pending; the achievement path calls it just before the transaction (or a savepoint) ends. */
  async flush(runner: QueryRunner): Promise<void> {
    const credits = pending(runner).splice(0);
    if (credits.length === 0) return;
    const teams = new Map<string, { points: number; periods: Map<string, number> }>();
    const earners = new Map<string, Map<string, number>>();
    for (const credit of credits) {
      if (credit.teamId) {
        const team = teams.get(credit.teamId) ?? { points: 0, periods: new Map<string, number>() };
        team.points += credit.points;
        for (const { period, start } of credit.periods) add(team.periods, `${period} ${start}`, credit.points);
        teams.set(credit.teamId, team);
      }
      if (credit.newEarner.length > 0) {
        const counts = earners.get(credit.organizationId) ?? new Map<string, number>();
        for (const { period, start } of credit.newEarner) add(counts, `${period} ${start}`, 1);
        earners.set(credit.organizationId, counts);
      }
    }
    for (const [teamId, team] of [...teams].sort(([a], [b]) => a.localeCompare(b))) {
      await runner.query(CREDIT_TEAM, [teamId, team.points, ...columns(team.periods)]);
    }
    for (const [organizationId, counts] of [...earners].sort(([a], [b]) => a.localeCompare(b))) {
      await runner.query(COUNT_EARNERS, [organizationId, ...columns(counts)]);
    }
  }
}

function pending(runner: QueryRunner): SharedCredit[] {
  const data = runner.data as Record<string, SharedCredit[] | undefined>;
  return (data[PENDING] ??= []);
}

function add(sums: Map<string, number>, key: string, amount: number): void {
  sums.set(key, (sums.get(key) ?? 0) + amount);
}

/** Keyed sums as the parallel arrays the statements unnest: periods, their first days, amounts. */
function columns(sums: Map<string, number>): [string[], string[], number[]] {
  const keys = [...sums.keys()].map((key) => key.split(' ') as [string, string]);
  return [keys.map(([period]) => period), keys.map(([, start]) => start), [...sums.values()]];
}

/** $1 team, $2 lifetime points, then per period: $3 period, $4 first day, $5 points. Rows in period order. */
const CREDIT_TEAM = `
  WITH team AS (
    UPDATE teams SET points = points + $2 WHERE id = $1 RETURNING id, organization_id, name
  )
  INSERT INTO team_points_totals (team_id, period, period_start, organization_id, name, points)
  SELECT team.id, p.period, p.period_start, team.organization_id, team.name, p.points
    FROM team, unnest($3::leaderboard_period[], $4::date[], $5::int[]) AS p(period, period_start, points)
   ORDER BY p.period, p.period_start
  ON CONFLICT (team_id, period, period_start) DO UPDATE SET points = team_points_totals.points + EXCLUDED.points`;

/** $1 organisation, then per period: $2 period, $3 first day, $4 new earners. Rows in period order. */
const COUNT_EARNERS = `
  INSERT INTO points_earners (organization_id, period, period_start, people)
  SELECT $1, p.period, p.period_start, p.people
    FROM unnest($2::leaderboard_period[], $3::date[], $4::int[]) AS p(period, period_start, people)
   ORDER BY p.period, p.period_start
  ON CONFLICT (organization_id, period, period_start) DO UPDATE SET people = points_earners.people + EXCLUDED.people`;
