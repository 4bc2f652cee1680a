import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { InvalidInputError, rankStandard, type Ranked } from '@laurels/domain';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../common/auth/viewer.js';
import { Clock } from '../common/clock.js';
import { TeamsService } from '../organizations/teams.service.js';
import { LeaderboardPeriod, LeaderboardScope } from './dto/leaderboard.object.js';

export interface Standing {
  readonly userId: string | null;
  readonly teamId: string | null;
}

interface Row {
  id: string;
  name: string;
  points: number;
  opted_out: boolean;
}

const TRUNCATE: Record<Exclude<LeaderboardPeriod, LeaderboardPeriod.ALL_TIME>, string> = {
  [LeaderboardPeriod.WEEK]: 'week',
  [LeaderboardPeriod.MONTH]: 'month',
  [LeaderboardPeriod.QUARTER]: 'quarter',
};

/**
 * Leaderboards by points earned in a calendar period of the organisation's
 * time zone, ranked 1, 1, 3. People who opted out are left off everyone
 * else's board but see their own place on theirs; teams count all their
 * members' points.
 */
@Injectable()
export class LeaderboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly teams: TeamsService,
    private readonly clock: Clock,
  ) {}

  async board(viewer: Viewer, scope: LeaderboardScope, period: LeaderboardPeriod, teamId: string | null, first: number): Promise<Ranked<Standing>[]> {
    if (!Number.isInteger(first) || first < 1 || first > 100) throw new InvalidInputError('first', 'first must be from 1 to 100');
    return (await this.ranking(viewer, scope, period, teamId)).slice(0, first);
  }

  /** The viewer's own place (their team's, for TEAM): always there, even for someone who opted out. */
  async mine(viewer: Viewer, scope: LeaderboardScope, period: LeaderboardPeriod, teamId: string | null): Promise<Ranked<Standing> | null> {
    const ranking = await this.ranking(viewer, scope, period, teamId);
    if (scope === LeaderboardScope.INDIVIDUAL) return ranking.find((entry) => entry.item.userId === viewer.userId) ?? null;
    const [me] = await this.dataSource.query<{ team_id: string | null }[]>('SELECT team_id FROM users WHERE id = $1', [viewer.userId]);
    return ranking.find((entry) => entry.item.teamId === me?.team_id) ?? null;
  }

  /**
   * The board as the viewer sees it: everyone who has not opted out, plus the
   * viewer themselves, ranked together.
   */
  private async ranking(viewer: Viewer, scope: LeaderboardScope, period: LeaderboardPeriod, teamId: string | null): Promise<Ranked<Standing>[]> {
    if (scope === LeaderboardScope.TEAM && teamId) throw new InvalidInputError('teamId', 'teamId narrows an INDIVIDUAL leaderboard to one team');
    if (teamId) await this.teams.get(viewer, teamId);
    const since = await this.periodStart(viewer.organizationId, period);
    const rows = scope === LeaderboardScope.TEAM ? await this.teamRows(viewer.organizationId, since) : await this.individualRows(viewer.organizationId, since, teamId);
    return rankStandard(
      rows
        .filter((row) => !row.opted_out || row.id === viewer.userId)
        .map((row) => ({
          item: scope === LeaderboardScope.TEAM ? { userId: null, teamId: row.id } : { userId: row.id, teamId: null },
          points: row.points,
        })),
    );
  }

  /** The instant the period began, in the organisation's time zone; null for all time. */
  private async periodStart(organizationId: string, period: LeaderboardPeriod): Promise<Date | null> {
    if (period === LeaderboardPeriod.ALL_TIME) return null;
    const [row] = await this.dataSource.query<{ start: Date }[]>(
      `SELECT date_trunc($1, $2::timestamptz AT TIME ZONE time_zone) AT TIME ZONE time_zone AS start FROM organizations WHERE id = $3`,
      [TRUNCATE[period], this.clock.now(), organizationId],
    );
    return row!.start;
  }

  /**
   * The people who earned most in [from, to), for a newsletter everyone reads:
   * nobody who opted out, nobody who earned nothing.
   */
  async topLearners(organizationId: string, from: Date, to: Date, first: number): Promise<Ranked<Standing>[]> {
    const rows = await this.individualRows(organizationId, from, null, to);
    return rankStandard(rows.filter((row) => !row.opted_out && row.points > 0).map((row) => ({ item: { userId: row.id, teamId: null }, points: row.points }))).slice(0, first);
  }

  /** Ordered by points, then name: the tie-break the ranking keeps. Points earned from `since` (and before `until`, when given). */
  private individualRows(organizationId: string, since: Date | null, teamId: string | null, until: Date | null = null): Promise<Row[]> {
    const team = teamId ? 'AND u.team_id = $2' : '';
    const params: unknown[] = teamId ? [organizationId, teamId] : [organizationId];
    if (!since) {
      return this.dataSource.query<Row[]>(
        `SELECT u.id, u.display_name AS name, u.points, u.leaderboard_opt_out AS opted_out
           FROM users u WHERE u.organization_id = $1 ${team}
          ORDER BY u.points DESC, u.display_name, u.id`,
        params,
      );
    }
    const before = until ? `AND created_at < $${params.length + 2}` : '';
    return this.dataSource.query<Row[]>(
      `SELECT u.id, u.display_name AS name, COALESCE(p.points, 0)::int AS points, u.leaderboard_opt_out AS opted_out
         FROM users u
         LEFT JOIN (SELECT user_id, sum(amount) AS points FROM points_entries
                     WHERE organization_id = $1 AND created_at >= $${params.length + 1} ${before} GROUP BY user_id) p ON p.user_id = u.id
        WHERE u.organization_id = $1 ${team}
        ORDER BY points DESC, u.display_name, u.id`,
      [...params, since, ...(until ? [until] : [])],
    );
  }

  private teamRows(organizationId: string, since: Date | null): Promise<Row[]> {
    const points = since
      ? `(SELECT COALESCE(sum(p.amount), 0) FROM points_entries p JOIN users u ON u.id = p.user_id
           WHERE p.organization_id = $1 AND u.team_id = t.id AND p.created_at >= $2)`
      : '(SELECT COALESCE(sum(u.points), 0) FROM users u WHERE u.team_id = t.id)';
    return this.dataSource.query<Row[]>(
      `SELECT t.id, t.name, ${points}::int AS points, false AS opted_out FROM teams t
        WHERE t.organization_id = $1 ORDER BY points DESC, t.name, t.id`,
      since ? [organizationId, since] : [organizationId],
    );
  }
}
