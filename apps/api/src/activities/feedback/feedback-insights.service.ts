import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ForbiddenError, InvalidInputError, NotFoundError, Role, npsScore, validateReportPeriod } from '@laurels/domain';
import type { Repository } from 'typeorm';
import type { Viewer } from '#platform/auth';
import type { Position } from '#platform/graphql';
import { TeamsService, UsersService } from '#directory/organizations';
import { CustomerFeedback } from './customer-feedback.entity.js';
import type { FeedbackSummaryObject } from './dto/feedback-summary.object.js';

/** The most of their own feedback one page shows an employee. */
export const MAX_MY_FEEDBACK_PAGE = 100;

export interface SummaryScope {
  readonly teamId: string | null;
  readonly userId: string | null;
  readonly from: Date;
  readonly to: Date;
}

/** What customers said, as the people it is about and their managers read it: their own feedback, and scores over a period. */
@Injectable()
export class FeedbackInsightsService {
  constructor(
    @InjectRepository(CustomerFeedback) private readonly feedback: Repository<CustomerFeedback>,
    private readonly teams: TeamsService,
    private readonly users: UsersService,
  ) {}

  /** The viewer's own feedback, newest first, a keyset page (customer_feedback_by_employee). */
  mine(viewer: Viewer, first: number, after: Position | null): Promise<CustomerFeedback[]> {
    const query = this.feedback
      .createQueryBuilder('feedback')
      .where('feedback.employeeId = :me', { me: viewer.userId })
      .orderBy('feedback.receivedAt', 'DESC')
      .addOrderBy('feedback.id', 'DESC')
      .limit(first);
    if (after) query.andWhere('(feedback.receivedAt, feedback.id) < (:afterAt, :afterId)', { afterAt: after.at, afterId: after.id });
    return query.getMany();
  }

  /**
   * CSAT and NPS over a period for a person (themselves, their team's manager,
   * an admin), a team or the whole organisation (anyone in it: no one's
   * answers show through an aggregate of a team). One grouped read through the
   * index on whose feedback it is and when it came.
   */
  async summary(viewer: Viewer, scope: SummaryScope): Promise<FeedbackSummaryObject> {
    validateReportPeriod(scope.from, scope.to);
    if (scope.teamId && scope.userId) throw new InvalidInputError('userId', 'ask about a team or a person, not both');
    if (scope.userId) await this.checkMaySeePerson(viewer, scope.userId);
    else if (scope.teamId) await this.teams.get(viewer, scope.teamId);
    return this.measure(viewer.organizationId, scope);
  }

  /** The whole organisation's CSAT and NPS over a period, as the digest reports it. */
  ofOrganization(organizationId: string, from: Date, to: Date): Promise<FeedbackSummaryObject> {
    validateReportPeriod(from, to);
    return this.measure(organizationId, { teamId: null, userId: null, from, to });
  }

  private async measure(organizationId: string, scope: SummaryScope): Promise<FeedbackSummaryObject> {
    const query = this.feedback
      .createQueryBuilder('feedback')
      .select('count(*)::int', 'responses')
      .addSelect('avg(feedback.csat)::float', 'averageCsat')
      .addSelect('(count(*) FILTER (WHERE feedback.nps >= 9))::int', 'promoters')
      .addSelect('(count(*) FILTER (WHERE feedback.nps BETWEEN 7 AND 8))::int', 'passives')
      .addSelect('(count(*) FILTER (WHERE feedback.nps <= 6))::int', 'detractors')
      .where('feedback.organizationId = :org', { org: organizationId })
      .andWhere('feedback.receivedAt >= :from AND feedback.receivedAt < :to', { from: scope.from, to: scope.to });
    if (scope.userId) query.andWhere('feedback.employeeId = :userId', { userId: scope.userId });
    else if (scope.teamId) query.andWhere('feedback.teamId = :teamId', { teamId: scope.teamId });
    const row = (await query.getRawOne<Omit<FeedbackSummaryObject, 'npsScore'>>())!;
    const averageCsat = row.averageCsat === null ? null : Math.round(row.averageCsat * 100) / 100;
    return { ...row, averageCsat, npsScore: npsScore(row) };
  }

  private async checkMaySeePerson(viewer: Viewer, userId: string): Promise<void> {
    if (userId === viewer.userId) return;
    if (viewer.role === Role.EMPLOYEE) throw new ForbiddenError('an employee sees the scores of their own feedback only');
    const [person] = await this.users.byIds([userId]);
    if (!person || person.organizationId !== viewer.organizationId) throw new NotFoundError('User', userId);
    await this.teams.checkManagesMember(viewer, person);
  }
}
