import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MilestoneMetric } from '@laurels/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { indexBy, type BatchLoad } from '#platform/graphql';
import { Clock } from '#platform/clock';
import type { TeamMilestone } from '#catalog/milestones';

/**
 * What each metric counts for the milestone row `m` inside its window
 * (m.starts_at to m.until): the facts of its team's current members, or the
 * feedback given to the team.
 */
const VALUE: Record<MilestoneMetric, string> = {
  MODULES_COMPLETED: `(SELECT count(*) FROM module_completions c JOIN users u ON u.id = c.user_id
                        WHERE u.team_id = m.team_id AND c.passed AND c.completed_at >= m.starts_at AND c.completed_at <= m.until)`,
  COURSES_COMPLETED: `(SELECT count(*) FROM enrollments e JOIN users u ON u.id = e.user_id
                        WHERE u.team_id = m.team_id AND e.completed_at >= m.starts_at AND e.completed_at <= m.until)`,
  POINTS_EARNED: `(SELECT COALESCE(sum(p.amount), 0) FROM points_entries p JOIN users u ON u.id = p.user_id
                    WHERE u.team_id = m.team_id AND p.created_at >= m.starts_at AND p.created_at <= m.until)`,
  CERTIFICATIONS_EARNED: `(SELECT count(*) FROM certification_awards a JOIN users u ON u.id = a.user_id
                            WHERE u.team_id = m.team_id AND a.revoked_at IS NULL AND a.issued_at >= m.starts_at AND a.issued_at <= m.until)`,
  KUDOS_RECEIVED: `(SELECT count(*) FROM kudos k JOIN users u ON u.id = k.to_user_id
                     WHERE u.team_id = m.team_id AND k.created_at >= m.starts_at AND k.created_at <= m.until)`,
  AVERAGE_CSAT: `(SELECT COALESCE(avg(f.csat), 0) FROM customer_feedback f
                   WHERE f.team_id = m.team_id AND f.received_at >= m.starts_at AND f.received_at <= m.until)`,
  FEEDBACK_COUNT: `(SELECT count(*) FROM customer_feedback f
                     WHERE f.team_id = m.team_id AND f.received_at >= m.starts_at AND f.received_at <= m.until)`,
  // Promoters % minus detractors %, over the answers that carry an NPS (npsScore in libs/domain).
  NPS: `(SELECT COALESCE(round(100.0 * (count(*) FILTER (WHERE f.nps >= 9) - count(*) FILTER (WHERE f.nps <= 6)) / NULLIF(count(*), 0)), 0)
           FROM customer_feedback f
          WHERE f.team_id = m.team_id AND f.nps IS NOT NULL AND f.received_at >= m.starts_at AND f.received_at <= m.until)`,
};

const NPS_ANSWERS = `(SELECT count(*) FROM customer_feedback f
                       WHERE f.team_id = m.team_id AND f.nps IS NOT NULL AND f.received_at >= m.starts_at AND f.received_at <= m.until)`;

/** Every milestone of a batch measured in one query: CASE runs only the matching metric's subquery. */
const MEASURE = `
  SELECT m.id,
         (CASE m.metric ${Object.entries(VALUE)
           .map(([metric, value]) => `WHEN '${metric}' THEN ${value}`)
           .join(' ')} END)::float AS value,
         (CASE m.metric WHEN 'AVERAGE_CSAT' THEN ${VALUE.FEEDBACK_COUNT} WHEN 'NPS' THEN ${NPS_ANSWERS} ELSE 0 END)::int AS responses
    FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[], $5::timestamptz[]) AS m(id, team_id, metric, starts_at, until)`;

export interface Measured {
  readonly value: number;
  /** For an average or an NPS, how many answers it rests on. */
  readonly responses: number;
}

/** The current value of team milestones, from the facts themselves (inside a transaction when given one). */
@Injectable()
export class MilestoneMeasure {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Each milestone's value so far (its window ends now at the latest), in the order given, in one query. */
  async measure(milestones: readonly TeamMilestone[], manager: EntityManager = this.dataSource.manager): Promise<Measured[]> {
    if (milestones.length === 0) return [];
    const now = this.clock.now();
    const rows = await manager.query<{ id: string; value: number; responses: number }[]>(MEASURE, [
      milestones.map((milestone) => milestone.id),
      milestones.map((milestone) => milestone.teamId),
      milestones.map((milestone) => milestone.metric),
      milestones.map((milestone) => milestone.startsAt),
      milestones.map((milestone) => (milestone.endsAt && milestone.endsAt < now ? milestone.endsAt : now)),
    ]);
    return indexBy(
      milestones.map((milestone) => milestone.id),
      rows,
      (row) => row.id,
    ).map((row) => ({ value: Math.round((row?.value ?? 0) * 100) / 100, responses: row?.responses ?? 0 }));
  }

  readonly currentByMilestones: BatchLoad<TeamMilestone, Measured> = (milestones) => this.measure(milestones);
}
