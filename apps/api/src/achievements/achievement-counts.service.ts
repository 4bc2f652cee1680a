import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { localDay, streakDays, type AchievementCounts } from '@laurels/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../common/clock.js';
import type { BatchLoad } from '../common/graphql/request-loaders.js';

/** What badge rules count, read from the facts themselves (inside the caller's transaction when given one). */
@Injectable()
export class AchievementCountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async countsFor(userId: string, manager: EntityManager = this.dataSource.manager): Promise<AchievementCounts> {
    const [totals] = await manager.query<{ modules: number; courses: number; points: number; certifications: number; fiveStars: number; kudos: number }[]>(
      `SELECT (SELECT count(DISTINCT module_id)::int FROM module_completions WHERE user_id = $1 AND passed) AS modules,
              (SELECT count(DISTINCT course_id)::int FROM enrollments WHERE user_id = $1 AND completed_at IS NOT NULL) AS courses,
              (SELECT points FROM users WHERE id = $1) AS points,
              (SELECT count(DISTINCT certification_id)::int FROM certification_awards WHERE user_id = $1 AND revoked_at IS NULL) AS certifications,
              (SELECT count(*)::int FROM customer_feedback WHERE employee_id = $1 AND csat = 5 AND recorded_by_id IS DISTINCT FROM $1) AS "fiveStars",
              (SELECT count(*)::int FROM kudos WHERE to_user_id = $1) AS kudos`,
      [userId],
    );
    const skills = await manager.query<{ skill: string; courses: number }[]>(
      `SELECT skill, count(DISTINCT course.id)::int AS courses
         FROM enrollments enrollment
         JOIN courses course ON course.id = enrollment.course_id
         CROSS JOIN LATERAL unnest(course.skills) AS skill
        WHERE enrollment.user_id = $1 AND enrollment.completed_at IS NOT NULL
        GROUP BY skill`,
      [userId],
    );
    const [streak] = await this.streaks([userId], manager);
    return {
      modulesCompleted: totals!.modules,
      coursesCompleted: totals!.courses,
      coursesCompletedBySkill: Object.fromEntries(skills.map((row) => [row.skill, row.courses])),
      pointsEarned: totals!.points ?? 0,
      certificationsEarned: totals!.certifications,
      streakDays: streak ?? 0,
      kudosReceived: totals!.kudos,
      fiveStarFeedback: totals!.fiveStars,
    };
  }

  /** Consecutive days with a passed module, counted in each user's organisation time zone. */
  readonly streaksByUserIds: BatchLoad<string, number> = (userIds) => this.streaks(userIds, this.dataSource.manager);

  private async streaks(userIds: readonly string[], manager: EntityManager): Promise<number[]> {
    const rows = await manager.query<{ userId: string; timeZone: string; days: string[] }[]>(
      `SELECT u.id AS "userId", o.time_zone AS "timeZone",
              COALESCE(array_agg(DISTINCT to_char(c.completed_at AT TIME ZONE o.time_zone, 'YYYY-MM-DD'))
                FILTER (WHERE c.id IS NOT NULL), '{}') AS days
         FROM users u
         JOIN organizations o ON o.id = u.organization_id
         LEFT JOIN module_completions c ON c.user_id = u.id AND c.passed
        WHERE u.id = ANY($1::uuid[])
        GROUP BY u.id, o.time_zone`,
      [userIds],
    );
    const now = this.clock.now();
    const byUser = new Map(rows.map((row) => [row.userId, streakDays(row.days, localDay(now, row.timeZone))]));
    return userIds.map((id) => byUser.get(id) ?? 0);
  }
}
