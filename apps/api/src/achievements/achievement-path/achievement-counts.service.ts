import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { liveStreak, type AchievementCounts } from '@laurels/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '#platform/clock';

/** What badge rules count, read from the facts themselves (inside the caller's transaction when given one). */
@Injectable()
export class AchievementCountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async countsFor(userId: string, manager: EntityManager = this.dataSource.manager): Promise<AchievementCounts> {
    const [totals] = await manager.query<
      {
        modules: number;
        courses: number;
        points: number;
        streakDays: number;
        streakEndsAt: Date | null;
        certifications: number;
        fiveStars: number;
        kudos: number;
        mentoring: number;
        attended: number;
        hosted: number;
        skills: Record<string, number> | null;
      }[]
    >(
      `SELECT (SELECT count(DISTINCT module_id)::int FROM module_completions WHERE user_id = $1 AND passed) AS modules,
              (SELECT count(DISTINCT course_id)::int FROM enrollments WHERE user_id = $1 AND completed_at IS NOT NULL) AS courses,
              u.points, u.streak_days AS "streakDays", u.streak_ends_at AS "streakEndsAt",
              (SELECT count(DISTINCT certification_id)::int FROM certification_awards WHERE user_id = $1 AND revoked_at IS NULL) AS certifications,
              (SELECT count(*)::int FROM customer_feedback WHERE employee_id = $1 AND csat = 5 AND recorded_by_id IS DISTINCT FROM $1) AS "fiveStars",
              (SELECT count(*)::int FROM kudos WHERE to_user_id = $1) AS kudos,
              (SELECT count(*)::int FROM points_entries WHERE user_id = $1 AND reason = 'MENTORING') AS mentoring,
              (SELECT count(*)::int FROM learning_event_attendances WHERE user_id = $1) AS attended,
              (SELECT count(*)::int FROM learning_event_hosts host JOIN learning_events event ON event.id = host.event_id
                WHERE host.user_id = $1 AND event.attendance_recorded_at IS NOT NULL) AS hosted,
              (SELECT json_object_agg(by_skill.skill, by_skill.courses) FROM (
                 SELECT skill, count(DISTINCT course.id)::int AS courses
                   FROM enrollments enrollment
                   JOIN courses course ON course.id = enrollment.course_id
                  CROSS JOIN LATERAL unnest(course.skills) AS skill
                  WHERE enrollment.user_id = $1 AND enrollment.completed_at IS NOT NULL
                  GROUP BY skill) by_skill) AS skills
         FROM users u WHERE u.id = $1`,
      [userId],
    );
    return {
      modulesCompleted: totals!.modules,
      coursesCompleted: totals!.courses,
      coursesCompletedBySkill: totals!.skills ?? {},
      pointsEarned: totals!.points ?? 0,
      certificationsEarned: totals!.certifications,
      streakDays: liveStreak(totals!.streakDays, totals!.streakEndsAt, this.clock.now()),
      kudosReceived: totals!.kudos,
      fiveStarFeedback: totals!.fiveStars,
      mentoringSessions: totals!.mentoring,
      eventsAttended: totals!.attended,
      sessionsHosted: totals!.hosted,
    };
  }
}
