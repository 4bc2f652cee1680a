import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MilestoneMetric } from '@laurels/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { BatchLoad } from '../common/graphql/request-loaders.js';
import { Clock } from '../common/clock.js';
import type { TeamMilestone } from '../milestones/team-milestone.entity.js';

/**
 * What each metric counts for a team inside a milestone's window ($2 to $3):
 * the facts of its current members, or the feedback given to the team.
 */
const MEASURES: Record<MilestoneMetric, string> = {
  MODULES_COMPLETED: `SELECT count(*)::float AS value FROM module_completions c JOIN users u ON u.id = c.user_id
                       WHERE u.team_id = $1 AND c.passed AND c.completed_at >= $2 AND c.completed_at <= $3`,
  COURSES_COMPLETED: `SELECT count(*)::float AS value FROM enrollments e JOIN users u ON u.id = e.user_id
                       WHERE u.team_id = $1 AND e.completed_at >= $2 AND e.completed_at <= $3`,
  POINTS_EARNED: `SELECT COALESCE(sum(p.amount), 0)::float AS value FROM points_entries p JOIN users u ON u.id = p.user_id
                   WHERE u.team_id = $1 AND p.created_at >= $2 AND p.created_at <= $3`,
  CERTIFICATIONS_EARNED: `SELECT count(*)::float AS value FROM certification_awards a JOIN users u ON u.id = a.user_id
                           WHERE u.team_id = $1 AND a.revoked_at IS NULL AND a.issued_at >= $2 AND a.issued_at <= $3`,
  KUDOS_RECEIVED: `SELECT count(*)::float AS value FROM kudos k JOIN users u ON u.id = k.to_user_id
                    WHERE u.team_id = $1 AND k.created_at >= $2 AND k.created_at <= $3`,
  AVERAGE_CSAT: `SELECT COALESCE(avg(csat), 0)::float AS value, count(*)::int AS responses FROM customer_feedback
                  WHERE team_id = $1 AND received_at >= $2 AND received_at <= $3`,
  FEEDBACK_COUNT: `SELECT count(*)::float AS value FROM customer_feedback
                    WHERE team_id = $1 AND received_at >= $2 AND received_at <= $3`,
};

export interface Measured {
  readonly value: number;
  readonly responses: number;
}

/** The current value of team milestones, from the facts themselves (inside a transaction when given one). */
@Injectable()
export class MilestoneMeasure {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The value so far, and for an average how many answers it rests on. */
  async current(milestone: TeamMilestone, manager: EntityManager = this.dataSource.manager): Promise<Measured> {
    const now = this.clock.now();
    const until = milestone.endsAt && milestone.endsAt < now ? milestone.endsAt : now;
    const [row] = await manager.query<{ value: number; responses?: number }[]>(MEASURES[milestone.metric], [milestone.teamId, milestone.startsAt, until]);
    return { value: Math.round((row?.value ?? 0) * 100) / 100, responses: row?.responses ?? 0 };
  }

  readonly currentByMilestones: BatchLoad<TeamMilestone, Measured> = (milestones) => Promise.all(milestones.map((milestone) => this.current(milestone)));
}
