import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { InvalidInputError } from '@laurels/domain';
import type { DataSource } from 'typeorm';
import { Clock } from '#platform/clock';
import { groupBy, type BatchLoad } from '#platform/graphql';
import type { TeamActivityWeekObject } from './dto/team-activity.object.js';

/** A team, and how many weeks of its activity, ending with this one. */
export interface ActivityOf {
  readonly teamId: string;
  readonly weeks: number;
}

/** The most weeks of activity one read charts: a year. */
export const MAX_WEEKS = 52;

export function checkWeeks(weeks: number): number {
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_WEEKS)
    throw new InvalidInputError('weeks', `weeks must be from 1 to ${MAX_WEEKS}`);
  return weeks;
}

/** Teams' weekly completions and CSAT, for the charts of their pages. */
@Injectable()
export class TeamActivityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Each key's weeks, oldest first: one query per distinct number of weeks asked for (one, in practice). */
  readonly weeklyByTeams: BatchLoad<ActivityOf, TeamActivityWeekObject[]> = async (keys) => {
    const results = new Map<string, TeamActivityWeekObject[]>();
    for (const weeks of new Set(keys.map((key) => key.weeks))) {
      const teamIds = [...new Set(keys.filter((key) => key.weeks === weeks).map((key) => key.teamId))];
      const rows = await this.weekly(teamIds, weeks);
      groupBy(teamIds, rows, (row) => row.teamId).forEach((teamRows, index) =>
        results.set(
          `${teamIds[index]}:${weeks}`,
          teamRows.map((row) => row.week),
        ),
      );
    }
    return keys.map((key) => results.get(`${key.teamId}:${key.weeks}`) ?? []);
  };

  private async weekly(teamIds: string[], weeks: number): Promise<{ teamId: string; week: TeamActivityWeekObject }[]> {
    const rows = await this.dataSource.query<
      { team_id: string; week_start: Date; modules: number; courses: number; feedback: number; csat: number | null }[]
    >(
      `WITH teams AS (SELECT t.id AS team_id, o.time_zone AS tz FROM teams t JOIN organizations o ON o.id = t.organization_id WHERE t.id = ANY($1::uuid[])),
            weeks AS (
              SELECT teams.team_id, (local_start AT TIME ZONE teams.tz) AS starts, ((local_start + interval '1 week') AT TIME ZONE teams.tz) AS ends
                FROM teams, generate_series(date_trunc('week', $2::timestamptz AT TIME ZONE teams.tz) - ($3::int - 1) * interval '1 week',
                                            date_trunc('week', $2::timestamptz AT TIME ZONE teams.tz), interval '1 week') AS local_start)
       SELECT w.team_id, w.starts AS week_start,
              (SELECT count(*)::int FROM module_completions c JOIN users u ON u.id = c.user_id
                WHERE u.team_id = w.team_id AND c.passed AND c.completed_at >= w.starts AND c.completed_at < w.ends) AS modules,
              (SELECT count(*)::int FROM enrollments e JOIN users u ON u.id = e.user_id
                WHERE u.team_id = w.team_id AND e.completed_at >= w.starts AND e.completed_at < w.ends) AS courses,
              (SELECT count(*)::int FROM customer_feedback f WHERE f.team_id = w.team_id AND f.received_at >= w.starts AND f.received_at < w.ends) AS feedback,
              (SELECT round(avg(f.csat), 2)::float FROM customer_feedback f WHERE f.team_id = w.team_id AND f.received_at >= w.starts AND f.received_at < w.ends) AS csat
         FROM weeks w ORDER BY w.team_id, w.starts`,
      [teamIds, this.clock.now(), weeks],
    );
    return rows.map((row) => ({
      teamId: row.team_id,
      week: {
        weekStart: row.week_start,
        modulesCompleted: row.modules,
        coursesCompleted: row.courses,
        feedbackCount: row.feedback,
        averageCsat: row.csat,
      },
    }));
  }
}
