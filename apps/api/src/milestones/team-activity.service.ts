import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { InvalidInputError } from '@laurels/domain';
import type { DataSource } from 'typeorm';
import { Clock } from '../common/clock.js';
import type { TeamActivityWeekObject } from './dto/team-activity.object.js';

/** A team's weekly completions and CSAT, for the charts of its page. */
@Injectable()
export class TeamActivityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async weekly(teamId: string, weeks: number): Promise<TeamActivityWeekObject[]> {
    if (!Number.isInteger(weeks) || weeks < 1 || weeks > 52) throw new InvalidInputError('weeks', 'weeks must be from 1 to 52');
    const rows = await this.dataSource.query<{ week_start: Date; modules: number; courses: number; feedback: number; csat: number | null }[]>(
      `WITH zone AS (SELECT o.time_zone AS tz FROM teams t JOIN organizations o ON o.id = t.organization_id WHERE t.id = $1),
            weeks AS (
              SELECT (local_start AT TIME ZONE zone.tz) AS starts, ((local_start + interval '1 week') AT TIME ZONE zone.tz) AS ends
                FROM zone, generate_series(date_trunc('week', $2::timestamptz AT TIME ZONE zone.tz) - ($3::int - 1) * interval '1 week',
                                           date_trunc('week', $2::timestamptz AT TIME ZONE zone.tz), interval '1 week') AS local_start)
       SELECT w.starts AS week_start,
              (SELECT count(*)::int FROM module_completions c JOIN users u ON u.id = c.user_id
                WHERE u.team_id = $1 AND c.passed AND c.completed_at >= w.starts AND c.completed_at < w.ends) AS modules,
              (SELECT count(*)::int FROM enrollments e JOIN users u ON u.id = e.user_id
                WHERE u.team_id = $1 AND e.completed_at >= w.starts AND e.completed_at < w.ends) AS courses,
              (SELECT count(*)::int FROM customer_feedback f WHERE f.team_id = $1 AND f.received_at >= w.starts AND f.received_at < w.ends) AS feedback,
              (SELECT round(avg(f.csat), 2)::float FROM customer_feedback f WHERE f.team_id = $1 AND f.received_at >= w.starts AND f.received_at < w.ends) AS csat
         FROM weeks w ORDER BY w.starts`,
      [teamId, this.clock.now(), weeks],
    );
    return rows.map((row) => ({ weekStart: row.week_start, modulesCompleted: row.modules, coursesCompleted: row.courses, feedbackCount: row.feedback, averageCsat: row.csat }));
  }
}
