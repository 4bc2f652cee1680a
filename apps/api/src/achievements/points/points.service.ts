import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LeaderboardPeriod, type PointsReason } from '@laurels/domain';
import type { EntityManager, Repository } from 'typeorm';
import type { Viewer } from '#platform/auth';
import { decodeCursor, pageSize } from '#platform/graphql';
import { User } from '#directory/organizations';
import { ALL_TIME_START } from './points-earners.entity.js';
import { PointsEntry } from './points-entry.entity.js';
import { calendarPeriodsSql, localTimeSql } from './period-totals.js';
import { SharedTotals } from './shared-totals.js';

/** A row to append; (reason, sourceId) identifies what earned it, once per user. */
export interface LedgerEntry {
  readonly reason: PointsReason;
  readonly sourceId: string;
  readonly amount: number;
  readonly description: string;
}

export interface LedgerResult {
  /** Points actually appended: entries already on the ledger add nothing. */
  readonly awarded: number;
  readonly before: number;
  readonly after: number;
}

/** The most ledger rows one page of history holds. */
export const MAX_HISTORY_PAGE = 200;

@Injectable()
export class PointsService {
  constructor(
    @InjectRepository(PointsEntry) private readonly entries: Repository<PointsEntry>,
    private readonly shared: SharedTotals,
  ) {}

  /**
   * Appends entries to a user's ledger inside the caller's transaction, who
   * holds the user's lock (AchievementService.lockUser), and moves what the
   * ledger feeds by exactly what was appended: the cached balance and the
   * person's totals of the week, month and quarter holding `at` at once; their
   * team's totals and the counts of people who earned in each period just
   * before the transaction commits (SharedTotals). An entry whose source is
   * already on the ledger is skipped by the unique source key.
   */
  async append(
    manager: EntityManager,
    user: Pick<User, 'id' | 'organizationId'>,
    entries: readonly LedgerEntry[],
    at: Date,
  ): Promise<LedgerResult> {
    // Totals keep only what was earned (a kept total is never 0): points are never taken back.
    if (entries.some((entry) => entry.amount < 0)) throw new Error('ledger entries add points, never take them away');
    let awarded = 0;
    for (const entry of entries) {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(PointsEntry)
        .values({ ...entry, userId: user.id, organizationId: user.organizationId, createdAt: at })
        .orIgnore()
        .returning(['amount'])
        .execute();
      awarded += inserted.raw.length > 0 ? entry.amount : 0;
    }
    const [person] = await manager.query<Credited[]>(CREDIT_PERSON, [user.id, awarded, at]);
    const { points, team_id: teamId, opted_out: optedOut, periods } = person!;
    if (awarded > 0) {
      const ranked = (first: boolean) => first && !optedOut;
      this.shared.add(manager, {
        organizationId: user.organizationId,
        teamId,
        points: awarded,
        periods: periods!.map(({ period, start }) => ({ period, start })),
        newEarner: [
          ...periods!.filter(({ first }) => ranked(first)).map(({ period, start }) => ({ period, start })),
          ...(ranked(points === awarded) ? [{ period: LeaderboardPeriod.ALL_TIME, start: ALL_TIME_START }] : []),
        ],
      });
    }
    return { awarded, before: points - awarded, after: points };
  }

  /** The viewer's ledger, newest first, a page at a time. */
  async history(viewer: Viewer, first: number, after: string | null): Promise<PointsEntry[]> {
    const query = this.entries
      .createQueryBuilder('entry')
      .where('entry.userId = :userId', { userId: viewer.userId })
      .orderBy('entry.createdAt', 'DESC')
      .addOrderBy('entry.id', 'DESC')
      .take(pageSize(first, MAX_HISTORY_PAGE));
    if (after) {
      const position = decodeCursor(after);
      query.andWhere('(entry.createdAt, entry.id) < (:at, :id)', { at: position.at, id: position.id });
    }
    return query.getMany();
  }
}

/** What CREDIT_PERSON answers: the balance after, and each period's total, `first` when it was just begun. */
interface Credited {
  readonly points: number;
  readonly team_id: string | null;
  readonly opted_out: boolean;
  readonly periods: { period: LeaderboardPeriod; start: string; first: boolean }[] | null;
}

/**
 * $1 user, $2 points, $3 when: the balance and the person's totals of the
 * periods holding $3 (a total equal to what was just added was just begun: a
 * kept total is never 0). A deactivated person's points count toward no team
 * and rank nowhere, as the triggers on users keep their totals.
 */
const CREDIT_PERSON = `
  WITH person AS (
    UPDATE users SET points = points + $2 WHERE id = $1
    RETURNING id, organization_id, CASE WHEN active THEN team_id END AS team_id, display_name,
              leaderboard_opt_out OR NOT active AS opted_out, points
  ), totals AS (
    INSERT INTO points_totals (user_id, period, period_start, organization_id, team_id, display_name, opted_out, points)
    SELECT person.id, p.period, p.period_start, person.organization_id, person.team_id, person.display_name, person.opted_out, $2
      FROM person JOIN organizations o ON o.id = person.organization_id
     CROSS JOIN LATERAL ${calendarPeriodsSql(localTimeSql('$3::timestamptz', 'o.time_zone'))} AS p(period, period_start)
     WHERE $2 > 0
    ON CONFLICT (user_id, period, period_start) DO UPDATE SET points = points_totals.points + EXCLUDED.points
    RETURNING period, period_start, points = $2 AS first
  )
  SELECT person.points, person.team_id, person.opted_out,
         (SELECT json_agg(json_build_object('period', period, 'start', period_start, 'first', first)) FROM totals) AS periods
    FROM person`;
