import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CALENDAR_PERIODS,
  InvalidInputError,
  LeaderboardPeriod,
  LeaderboardScope,
  rankBehind,
  rankStandard,
  type CalendarPeriod,
  type Ranked,
} from '@laurels/domain';
import type { DataSource } from 'typeorm';
import type { Viewer } from '#platform/auth';
import { Clock } from '#platform/clock';
import { TeamsService } from '#directory/organizations';
import { calendarPeriodsSql, localTimeSql, periodEndSql, periodStartSql, ALL_TIME_START } from '#achievements/points';

export interface Standing {
  readonly userId: string | null;
  readonly teamId: string | null;
}

/** A person or team on a board, best first. */
interface Place {
  readonly id: string;
  readonly points: number;
}

/** The viewer's own place (or their team's): their points in the period, which began on the local day `start`. */
interface Mine extends Place {
  readonly team_id: string | null;
  readonly start: string;
}

/** ... and how many places outscore it. */
interface Own extends Mine {
  readonly ahead: number;
}

/** Which people a board ranks: an organisation's, or one team's (people.team_id), SQL parameter $2. */
type Within = 'organization_id' | 'team_id';

/**
 * Leaderboards by points earned in a calendar period of the organisation's
 * time zone, ranked 1, 1, 3, ties in name order. People who opted out are left
 * off everyone else's board but see their own place on theirs; deactivated
 * people are on no board; teams count their current active members' points.
 * (In the kept totals, `opted_out` says a person is off others' boards,
 * whether they opted out or were deactivated.)
 *
 * Every read comes from the totals the achievement path keeps (points_totals,
 * team_points_totals; users.points and teams.points for all time) through an
 * index in board order: a board costs the places it returns. A place's rank
 * is one more than the places with more points, counted on the same index:
 * that costs the places ahead of it (none for someone who earned nothing, whose
 * rank is read from points_earners). For a team's people and for teams the
 * counts are bounded by the team's size and the number of teams.
 */
@Injectable()
export class LeaderboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly teams: TeamsService,
    private readonly clock: Clock,
  ) {}

  /** The first places of the board the viewer sees. */
  async board(
    viewer: Viewer,
    scope: LeaderboardScope,
    period: LeaderboardPeriod,
    teamId: string | null,
    first: number,
  ): Promise<Ranked<Standing>[]> {
    if (!Number.isInteger(first) || first < 1 || first > 100) throw new InvalidInputError('first', 'first must be from 1 to 100');
    await this.checkTeam(viewer, scope, teamId);
    if (scope === LeaderboardScope.TEAM) return rankStandard((await this.firstTeams(viewer, period, first)).map(teamStanding));
    return rankStandard((await this.firstPeople(viewer, period, teamId, first)).map(personStanding));
  }

  /** The viewer's own place (their team's, for TEAM): always there, even for someone who opted out. */
  async mine(viewer: Viewer, scope: LeaderboardScope, period: LeaderboardPeriod, teamId: string | null): Promise<Ranked<Standing> | null> {
    await this.checkTeam(viewer, scope, teamId);
    if (scope === LeaderboardScope.TEAM) {
      const own = await this.ownTeam(viewer, period);
      return own && { ...teamStanding(own), rank: rankBehind(own.ahead) };
    }
    const own = await this.ownPlace(viewer, period, teamId);
    if (!own || (teamId && own.team_id !== teamId)) return null;
    return { ...personStanding(own), rank: rankBehind(own.ahead) };
  }

  /** How many places the board the viewer sees holds: the same in every period, as everyone is ranked, those who earned nothing last. */
  async count(viewer: Viewer, scope: LeaderboardScope, teamId: string | null): Promise<number> {
    await this.checkTeam(viewer, scope, teamId);
    const [row] =
      scope === LeaderboardScope.TEAM
        ? await this.dataSource.query<{ count: number }[]>('SELECT count(*)::int AS count FROM teams WHERE organization_id = $1', [
            viewer.organizationId,
          ])
        : teamId
          ? await this.dataSource.query<{ count: number }[]>(
              'SELECT count(*)::int AS count FROM users WHERE team_id = $1 AND (active AND NOT leaderboard_opt_out OR id = $2)',
              [teamId, viewer.userId],
            )
          : await this.dataSource.query<{ count: number }[]>(
              `SELECT o.ranked_people + (SELECT count(*) FROM users WHERE id = $2 AND leaderboard_opt_out)::int AS count FROM organizations o WHERE o.id = $1`,
              [viewer.organizationId, viewer.userId],
            );
    return row!.count;
  }

  /**
   * The people who earned most in [from, to), for a newsletter everyone reads:
   * nobody who opted out, nobody who earned nothing. A window that is exactly
   * one week, month or quarter of the organisation reads that period's
   * totals; any other sums its own ledger rows.
   */
  async topLearners(organizationId: string, from: Date, to: Date, first: number): Promise<Ranked<Standing>[]> {
    const ends = CALENDAR_PERIODS.map((period) => `WHEN '${period}' THEN ${periodEndSql(period, 'p.period_start', 'o.time_zone')}`).join(
      ' ',
    );
    const [exact] = await this.dataSource.query<{ period: CalendarPeriod; start: string }[]>(
      `SELECT p.period, p.period_start::text AS start
         FROM organizations o CROSS JOIN LATERAL ${calendarPeriodsSql(localTimeSql('$2::timestamptz', 'o.time_zone'))} AS p(period, period_start)
        WHERE o.id = $1 AND p.period_start::timestamp AT TIME ZONE o.time_zone = $2 AND CASE p.period ${ends} END = $3`,
      [organizationId, from, to],
    );
    const places = exact
      ? await this.dataSource.query<Place[]>(
          `SELECT user_id AS id, points FROM points_totals
            WHERE organization_id = $1 AND period = $2 AND period_start = $3 AND NOT opted_out
            ORDER BY points DESC, display_name, user_id LIMIT $4`,
          [organizationId, exact.period, exact.start, first],
        )
      : await this.dataSource.query<Place[]>(
          `SELECT u.id, earned.points
             FROM (SELECT user_id, sum(amount)::int AS points FROM points_entries
                    WHERE organization_id = $1 AND created_at >= $2 AND created_at < $3 GROUP BY user_id) earned
             JOIN users u ON u.id = earned.user_id
            WHERE u.active AND NOT u.leaderboard_opt_out AND earned.points > 0
            ORDER BY earned.points DESC, u.display_name, u.id LIMIT $4`,
          [organizationId, from, to, first],
        );
    return rankStandard(places.map(personStanding));
  }

  private async checkTeam(viewer: Viewer, scope: LeaderboardScope, teamId: string | null): Promise<void> {
    if (scope === LeaderboardScope.TEAM && teamId)
      throw new InvalidInputError('teamId', 'teamId narrows an INDIVIDUAL leaderboard to one team');
    if (teamId) await this.teams.get(viewer, teamId);
  }

  /**
   * Best first, ties by name: those who earned in the period from the index
   * (the viewer among them, even when they opted out), then, when fewer than
   * `first` earned anything, the rest in name order.
   */
  private async firstPeople(viewer: Viewer, period: LeaderboardPeriod, teamId: string | null, first: number): Promise<Place[]> {
    const within: Within = teamId ? 'team_id' : 'organization_id';
    const scope = teamId ?? viewer.organizationId;
    if (period === LeaderboardPeriod.ALL_TIME) {
      return this.dataSource.query<Place[]>(
        `SELECT id, points FROM (
           (SELECT id, points, display_name FROM users WHERE ${within} = $2 AND active AND NOT leaderboard_opt_out
             ORDER BY points DESC, display_name, id LIMIT $3)
           UNION ALL
           (SELECT id, points, display_name FROM users WHERE id = $1 AND ${within} = $2 AND leaderboard_opt_out)
         ) board ORDER BY points DESC, display_name, id LIMIT $3`,
        [viewer.userId, scope, first],
      );
    }
    const start = this.periodStart(period, '$4', '$5');
    const earned = await this.dataSource.query<Place[]>(
      `SELECT user_id AS id, points FROM (
         (SELECT user_id, points, display_name FROM points_totals
           WHERE ${within} = $2 AND period = '${period}' AND period_start = ${start} AND NOT opted_out
           ORDER BY points DESC, display_name, user_id LIMIT $3)
         UNION ALL
         (SELECT user_id, points, display_name FROM points_totals
           WHERE user_id = $1 AND ${within} = $2 AND period = '${period}' AND period_start = ${start} AND opted_out)
       ) board ORDER BY points DESC, display_name, user_id LIMIT $3`,
      [viewer.userId, scope, first, viewer.organizationId, this.clock.now()],
    );
    if (earned.length === first) return earned;
    // Fewer than `first` earned anything, so the names skipped here are those few.
    const idle = await this.dataSource.query<Place[]>(
      `SELECT u.id, 0 AS points FROM users u
        WHERE u.${within} = $2 AND (u.active AND NOT u.leaderboard_opt_out OR u.id = $1)
          AND NOT EXISTS (SELECT 1 FROM points_totals t WHERE t.user_id = u.id AND t.period = '${period}' AND t.period_start = ${start})
        ORDER BY u.display_name, u.id LIMIT $3`,
      [viewer.userId, scope, first - earned.length, viewer.organizationId, this.clock.now()],
    );
    return [...earned, ...idle];
  }

  /** Best first, ties by name; teams whose members earned nothing in the period last, in name order. */
  private async firstTeams(viewer: Viewer, period: LeaderboardPeriod, first: number): Promise<Place[]> {
    if (period === LeaderboardPeriod.ALL_TIME) {
      return this.dataSource.query<Place[]>(
        'SELECT id, points FROM teams WHERE organization_id = $1 ORDER BY points DESC, name, id LIMIT $2',
        [viewer.organizationId, first],
      );
    }
    const start = this.periodStart(period, '$1', '$3');
    const earned = await this.dataSource.query<Place[]>(
      `SELECT team_id AS id, points FROM team_points_totals
        WHERE organization_id = $1 AND period = '${period}' AND period_start = ${start} AND points > 0
        ORDER BY points DESC, name, team_id LIMIT $2`,
      [viewer.organizationId, first, this.clock.now()],
    );
    if (earned.length === first) return earned;
    const idle = await this.dataSource.query<Place[]>(
      `SELECT t.id, 0 AS points FROM teams t
        WHERE t.organization_id = $1
          AND NOT EXISTS (SELECT 1 FROM team_points_totals mine WHERE mine.team_id = t.id AND mine.period = '${period}' AND mine.period_start = ${start} AND mine.points > 0)
        ORDER BY t.name, t.id LIMIT $2`,
      [viewer.organizationId, first - earned.length, this.clock.now()],
    );
    return [...earned, ...idle];
  }

  /**
   * The viewer's points, then how many places on the board outscore them,
   * counted on the board's index with their points known when it is planned.
   */
  private async ownPlace(viewer: Viewer, period: LeaderboardPeriod, teamId: string | null): Promise<Own | null> {
    const [own] =
      period === LeaderboardPeriod.ALL_TIME
        ? await this.dataSource.query<Mine[]>(`SELECT id, points, team_id, '${ALL_TIME_START}' AS start FROM users WHERE id = $1`, [
            viewer.userId,
          ])
        : await this.dataSource.query<Mine[]>(
            `SELECT me.id, COALESCE(mine.points, 0) AS points, me.team_id, period.start::text AS start
               FROM users me CROSS JOIN ${this.periodStart(period, '$2', '$3')} AS period(start)
               LEFT JOIN points_totals mine ON mine.user_id = me.id AND mine.period = '${period}' AND mine.period_start = period.start
              WHERE me.id = $1`,
            [viewer.userId, viewer.organizationId, this.clock.now()],
          );
    if (!own || (teamId && own.team_id !== teamId)) return null;
    const within: Within = teamId ? 'team_id' : 'organization_id';
    const scope = teamId ?? viewer.organizationId;
    let ahead: { count: number }[];
    if (own.points === 0 && !teamId) {
      // Behind everyone who earned something: counted as they earn, not here.
      ahead = await this.dataSource.query(
        'SELECT COALESCE(max(people), 0) AS count FROM points_earners WHERE organization_id = $1 AND period = $2 AND period_start = $3',
        [scope, period, own.start],
      );
    } else if (period === LeaderboardPeriod.ALL_TIME) {
      ahead = await this.dataSource.query(
        `SELECT count(*)::int AS count FROM users WHERE ${within} = $1 AND active AND NOT leaderboard_opt_out AND points > $2`,
        [scope, own.points],
      );
    } else {
      ahead = await this.dataSource.query(
        `SELECT count(*)::int AS count FROM points_totals WHERE ${within} = $1 AND period = $2 AND period_start = $3 AND NOT opted_out AND points > $4`,
        [scope, period, own.start, own.points],
      );
    }
    return { ...own, ahead: ahead[0]!.count };
  }

  /** The viewer's team's points, then how many teams outscore it; null for someone in no team. */
  private async ownTeam(viewer: Viewer, period: LeaderboardPeriod): Promise<Own | null> {
    const [own] =
      period === LeaderboardPeriod.ALL_TIME
        ? await this.dataSource.query<Mine[]>(
            `SELECT team.id, team.points, team.id AS team_id, '${ALL_TIME_START}' AS start FROM users me JOIN teams team ON team.id = me.team_id WHERE me.id = $1`,
            [viewer.userId],
          )
        : await this.dataSource.query<Mine[]>(
            `SELECT team.id, COALESCE(mine.points, 0) AS points, team.id AS team_id, period.start::text AS start
               FROM users me JOIN teams team ON team.id = me.team_id CROSS JOIN ${this.periodStart(period, '$2', '$3')} AS period(start)
               LEFT JOIN team_points_totals mine ON mine.team_id = team.id AND mine.period = '${period}' AND mine.period_start = period.start
              WHERE me.id = $1`,
            [viewer.userId, viewer.organizationId, this.clock.now()],
          );
    if (!own) return null;
    const [ahead] =
      period === LeaderboardPeriod.ALL_TIME
        ? await this.dataSource.query<{ count: number }[]>(
            'SELECT count(*)::int AS count FROM teams WHERE organization_id = $1 AND points > $2',
            [viewer.organizationId, own.points],
          )
        : await this.dataSource.query<{ count: number }[]>(
            'SELECT count(*)::int AS count FROM team_points_totals WHERE organization_id = $1 AND period = $2 AND period_start = $3 AND points > 0 AND points > $4',
            [viewer.organizationId, period, own.start, own.points],
          );
    return { ...own, ahead: ahead!.count };
  }

  /** SQL for the local day the current `period` began in the organisation $`organization`, at the instant $`now`: evaluated once per query. */
  private periodStart(period: CalendarPeriod, organization: string, now: string): string {
    return `(SELECT ${periodStartSql(period, localTimeSql(`${now}::timestamptz`, 'time_zone'))} FROM organizations WHERE id = ${organization})`;
  }
}

const personStanding = (place: Place) => ({ item: { userId: place.id, teamId: null }, points: place.points });
const teamStanding = (place: Place) => ({ item: { userId: null, teamId: place.id }, points: place.points });
