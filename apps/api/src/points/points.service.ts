import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { Viewer } from '../common/auth/viewer.js';
import { decodeCursor, pageSize } from '../common/graphql/cursor.js';
import { User } from '../organizations/user.entity.js';
import { ALL_TIME_START } from './points-earners.entity.js';
import { PointsEntry, type PointsReason } from './points-entry.entity.js';
import { calendarPeriodsSql, localTimeSql } from './period-totals.js';

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

@Injectable()
export class PointsService {
  constructor(@InjectRepository(PointsEntry) private readonly entries: Repository<PointsEntry>) {}

  /**
   * Appends entries to a user's ledger inside the caller's transaction, who
   * holds the user's lock (AchievementService.lockUser), and moves what the
   * ledger feeds by exactly what was appended: the cached balance, the
   * person's and their team's totals of the week, month and quarter holding
   * `at`, the team's lifetime points, and how many people earned in each
   * period. An entry whose source is already on the ledger is skipped by the
   * unique source key.
   */
  async append(manager: EntityManager, user: Pick<User, 'id' | 'organizationId'>, entries: readonly LedgerEntry[], at: Date): Promise<LedgerResult> {
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
    // The team's row before the organisation's earner counts: the order every path that locks both keeps, so none deadlocks.
    if (awarded > 0) await manager.query(CREDIT_TEAM, [user.id, awarded, at]);
    const [person] = await manager.query<{ points: number }[]>(CREDIT_PERSON, [user.id, awarded, at]);
    const after = person!.points;
    return { awarded, before: after - awarded, after };
  }

  /** The viewer's ledger, newest first, a page at a time. */
  async history(viewer: Viewer, first: number, after: string | null): Promise<PointsEntry[]> {
    const query = this.entries
      .createQueryBuilder('entry')
      .where('entry.userId = :userId', { userId: viewer.userId })
      .orderBy('entry.createdAt', 'DESC')
      .addOrderBy('entry.id', 'DESC')
      .take(pageSize(first, 200));
    if (after) {
      const position = decodeCursor(after);
      query.andWhere('(entry.createdAt, entry.id) < (:at, :id)', { at: position.at, id: position.id });
    }
    return query.getMany();
  }
}

const PERIODS_OF_AT = calendarPeriodsSql(localTimeSql('$3::timestamptz', 'o.time_zone'));

/** $1 user, $2 points, $3 when: the team's lifetime points and its period totals. */
const CREDIT_TEAM = `
  WITH team AS (
    UPDATE teams SET points = teams.points + $2 FROM users member
     WHERE member.id = $1 AND teams.id = member.team_id
    RETURNING teams.id, teams.organization_id, teams.name
  )
  INSERT INTO team_points_totals (team_id, period, period_start, organization_id, name, points)
  SELECT team.id, p.period, p.period_start, team.organization_id, team.name, $2
    FROM team JOIN organizations o ON o.id = team.organization_id CROSS JOIN LATERAL ${PERIODS_OF_AT} AS p(period, period_start)
  ON CONFLICT (team_id, period, period_start) DO UPDATE SET points = team_points_totals.points + EXCLUDED.points`;

/**
 * $1 user, $2 points, $3 when: the balance, the person's period totals and,
 * for each period they first earn in, one more earner (a total equal to what
 * was just added is new: a kept total is never 0).
 */
const CREDIT_PERSON = `
  WITH person AS (
    UPDATE users SET points = points + $2 WHERE id = $1
    RETURNING id, organization_id, team_id, display_name, leaderboard_opt_out, points
  ), totals AS (
    INSERT INTO points_totals (user_id, period, period_start, organization_id, team_id, display_name, opted_out, points)
    SELECT person.id, p.period, p.period_start, person.organization_id, person.team_id, person.display_name, person.leaderboard_opt_out, $2
      FROM person JOIN organizations o ON o.id = person.organization_id CROSS JOIN LATERAL ${PERIODS_OF_AT} AS p(period, period_start)
     WHERE $2 > 0
    ON CONFLICT (user_id, period, period_start) DO UPDATE SET points = points_totals.points + EXCLUDED.points
    RETURNING period, period_start, points = $2 AS first
  ), earners AS (
    INSERT INTO points_earners (organization_id, period, period_start, people)
    SELECT person.organization_id, totals.period, totals.period_start, 1 FROM person, totals
     WHERE totals.first AND NOT person.leaderboard_opt_out
    UNION ALL
    SELECT person.organization_id, 'ALL_TIME', '${ALL_TIME_START}', 1 FROM person
     WHERE $2 > 0 AND person.points = $2 AND NOT person.leaderboard_opt_out
    ON CONFLICT (organization_id, period, period_start) DO UPDATE SET people = points_earners.people + 1
  )
  SELECT points FROM person`;
