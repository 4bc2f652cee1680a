import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  CoachingStatus,
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  isLowRating,
  nextCoachingStatus,
  NotFoundError,
  NotificationKind,
  Role,
  validateFollowUp,
} from '@laurels/domain';
import { DataSource, In, type Repository } from 'typeorm';
import type { Viewer } from '#platform/auth';
import { Clock } from '#platform/clock';
import { isUniqueViolation } from '#platform/database';
import { groupBy, type BatchLoad } from '#platform/graphql';
import { NotificationsService } from '#directory/notifications';
import { TeamsService, User, refuseDeactivated } from '#directory/organizations';
import { CustomerFeedback } from '#activities/feedback';
import { AssignmentsService } from '#activities/assignments';
import { CoachingSession, CoachingSessionFeedback } from './coaching-session.entity.js';
import type { CreateCoachingSessionInput } from './dto/coaching-session.object.js';

/** The most sessions one list shows, newest first. */
export const MAX_COACHING_SESSIONS = 50;
/** The most low ratings "needs coaching" lists, newest first. */
export const MAX_NEEDS_COACHING = 50;
/** How far back "needs coaching" looks for low ratings with no session. */
export const NEEDS_COACHING_DAYS = 90;

export interface SessionFilter {
  readonly teamId: string | null;
  readonly userId: string | null;
}

/**
 * Coaching after a low rating: a manager of the employee's team (or an admin)
 * opens a session, the employee acknowledges it, the coach completes it. A
 * session, notes included, is seen by its employee, its coach and admins only.
 */
@Injectable()
export class CoachingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(CoachingSession) private readonly sessions: Repository<CoachingSession>,
    private readonly teams: TeamsService,
    private readonly assignments: AssignmentsService,
    private readonly clock: Clock,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * Opens a session about the employee's own feedback (at least one rating of
   * it low), and assigns the suggested courses in the same transaction, due
   * by the follow-up when it lies ahead.
   */
  async create(viewer: Viewer, input: CreateCoachingSessionInput): Promise<CoachingSession> {
    const now = this.clock.now();
    validateFollowUp(input.followUpAt, now);
    const employee = await this.dataSource.getRepository(User).findOneBy({ id: input.employeeId, organizationId: viewer.organizationId });
    if (!employee) throw new NotFoundError('User', input.employeeId);
    if (employee.id === viewer.userId) throw new InvalidInputError('employeeId', 'nobody coaches themselves');
    refuseDeactivated([employee], 'employeeId');
    await this.teams.checkManagesMember(viewer, employee);

    const feedbackIds = [...new Set(input.feedbackIds)];
    const feedback = await this.dataSource
      .getRepository(CustomerFeedback)
      .findBy({ id: In(feedbackIds), organizationId: viewer.organizationId, employeeId: employee.id });
    if (feedback.length !== feedbackIds.length) {
      throw new InvalidInputError('feedbackIds', `every rating must be feedback about ${employee.displayName}`);
    }
    if (!feedback.some(isLowRating)) {
      throw new InvalidInputError('feedbackIds', 'coaching starts from a low rating: a CSAT of 2 or less, or an NPS of 6 or less');
    }
    const taken = await this.dataSource.getRepository(CoachingSessionFeedback).countBy({ feedbackId: In(feedbackIds) });
    if (taken > 0) throw new ConflictError('feedbackIds', 'a coaching session about this rating is already open');
    const courseIds = [...new Set(input.courseIds ?? [])];
    const followUpAt = input.followUpAt ?? null;

    const id = await this.dataSource
      .transaction(async (manager) => {
        // Two managers opening a session about the same rating at once: the unique feedback_id lets one through.
        const saved = await manager.getRepository(CoachingSession).save({
          organizationId: viewer.organizationId,
          employeeId: employee.id,
          coachId: viewer.userId,
          teamId: employee.teamId,
          focusSkills: [...new Set(input.focusSkills.filter(Boolean))],
          notes: input.notes,
          courseIds,
          followUpAt,
          status: CoachingStatus.OPEN,
          acknowledgedAt: null,
          completedAt: null,
        });
        await manager.getRepository(CoachingSessionFeedback).insert(feedbackIds.map((feedbackId) => ({ sessionId: saved.id, feedbackId })));
        await this.assignments.assignCoursesWithin(manager, viewer, courseIds, {
          userIds: [employee.id],
          dueAt: followUpAt && followUpAt > now ? followUpAt : null,
        });
        // The notes stay on the session, which only the two of them and admins can open.
        const coach = await manager.getRepository(User).findOneByOrFail({ id: viewer.userId });
        await this.notifications.notify(manager, {
          organizationId: viewer.organizationId,
          recipientId: employee.id,
          kind: NotificationKind.COACHING,
          title: `${coach.displayName} opened a coaching session with you`,
          body: 'About a recent customer rating: read it and acknowledge it under My feedback.',
          url: '/feedback',
          key: `COACHING:${saved.id}`,
        });
        return saved.id;
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error, 'coaching_session_feedback_once'))
          throw new ConflictError('feedbackIds', 'a coaching session about this rating is already open');
        throw error;
      });
    return this.sessions.findOneByOrFail({ id });
  }

  /** The employee acknowledges their open session. */
  async acknowledge(viewer: Viewer, sessionId: string): Promise<CoachingSession> {
    const session = await this.visible(viewer, sessionId);
    if (session.employeeId !== viewer.userId) throw new ForbiddenError('only the person coached acknowledges a session');
    return this.move(session, 'ACKNOWLEDGE', { acknowledgedAt: this.clock.now() });
  }

  /** The coach (or an admin) completes a session. */
  async complete(viewer: Viewer, sessionId: string): Promise<CoachingSession> {
    const session = await this.visible(viewer, sessionId);
    if (session.coachId !== viewer.userId && viewer.role !== Role.ADMIN) throw new ForbiddenError('only the coach completes a session');
    return this.move(session, 'COMPLETE', { completedAt: this.clock.now() });
  }

  /**
   * The latest MAX_COACHING_SESSIONS sessions the viewer may see: of a person
   * or of a team (for its manager: the sessions they coach; for an admin: all),
   * or, with neither, the viewer's own as employee or coach.
   */
  async list(viewer: Viewer, filter: SessionFilter): Promise<CoachingSession[]> {
    const query = this.sessions
      .createQueryBuilder('session')
      .where('session.organizationId = :org', { org: viewer.organizationId })
      .orderBy('session.createdAt', 'DESC')
      .addOrderBy('session.id', 'DESC')
      .limit(MAX_COACHING_SESSIONS);
    const coachedByViewer = viewer.role !== Role.ADMIN;
    if (filter.teamId) {
      await this.teams.managed(viewer, filter.teamId);
      query.andWhere('session.teamId = :teamId', { teamId: filter.teamId });
      if (coachedByViewer) query.andWhere('session.coachId = :me', { me: viewer.userId });
    }
    if (filter.userId && filter.userId !== viewer.userId) {
      const person = await this.dataSource.getRepository(User).findOneBy({ id: filter.userId, organizationId: viewer.organizationId });
      if (!person) throw new NotFoundError('User', filter.userId);
      if (viewer.role === Role.EMPLOYEE) throw new ForbiddenError('an employee sees their own coaching sessions only');
      await this.teams.checkManagesMember(viewer, person);
      query.andWhere('session.employeeId = :userId', { userId: person.id });
      if (coachedByViewer) query.andWhere('session.coachId = :me', { me: viewer.userId });
    } else if (filter.userId) {
      query.andWhere('session.employeeId = :me', { me: viewer.userId });
    } else if (!filter.teamId) {
      query.andWhere('(session.employeeId = :me OR session.coachId = :me)', { me: viewer.userId });
    }
    return query.getMany();
  }

  /**
   * The team's low ratings of the last NEEDS_COACHING_DAYS days that no session
   * is about yet, newest first (customer_feedback_low_by_team), for its manager.
   */
  async needsCoaching(viewer: Viewer, teamId: string, first: number): Promise<CustomerFeedback[]> {
    await this.teams.managed(viewer, teamId);
    const since = new Date(this.clock.now().getTime() - NEEDS_COACHING_DAYS * 24 * 60 * 60 * 1000);
    return this.dataSource
      .getRepository(CustomerFeedback)
      .createQueryBuilder('feedback')
      .where('feedback.teamId = :teamId AND feedback.receivedAt >= :since', { teamId, since })
      .andWhere('(feedback.csat <= 2 OR feedback.nps <= 6)')
      .andWhere('feedback.employeeId IS NOT NULL')
      .andWhere('NOT EXISTS (SELECT 1 FROM coaching_session_feedback taken WHERE taken.feedback_id = feedback.id)')
      .orderBy('feedback.receivedAt', 'DESC')
      .addOrderBy('feedback.id', 'DESC')
      .limit(first)
      .getMany();
  }

  /** Each session's feedback, newest first, for many sessions at once. */
  readonly feedbackBySessions: BatchLoad<string, CustomerFeedback[]> = async (sessionIds) => {
    const links = await this.dataSource.getRepository(CoachingSessionFeedback).findBy({ sessionId: In([...sessionIds]) });
    const feedback = await this.dataSource
      .getRepository(CustomerFeedback)
      .find({ where: { id: In(links.map((link) => link.feedbackId)) }, order: { receivedAt: 'DESC', id: 'DESC' } });
    const sessionOf = new Map(links.map((link) => [link.feedbackId, link.sessionId]));
    return groupBy(sessionIds, feedback, (rating) => sessionOf.get(rating.id)!);
  };

  /** A session the viewer takes part in, or any for an admin; others are refused. */
  private async visible(viewer: Viewer, sessionId: string): Promise<CoachingSession> {
    const session = await this.sessions.findOneBy({ id: sessionId, organizationId: viewer.organizationId });
    if (!session) throw new NotFoundError('CoachingSession', sessionId);
    const party = session.employeeId === viewer.userId || session.coachId === viewer.userId;
    if (!party && viewer.role !== Role.ADMIN) throw new ForbiddenError('a coaching session is for its coach and the person coached');
    return session;
  }

  /** Moves the session on, once: a concurrent move of the same kind finds it already moved. */
  private async move(
    session: CoachingSession,
    action: 'ACKNOWLEDGE' | 'COMPLETE',
    stamp: Partial<CoachingSession>,
  ): Promise<CoachingSession> {
    const status = nextCoachingStatus(session.status, action);
    const result = await this.sessions.update({ id: session.id, status: session.status }, { status, ...stamp });
    if (!result.affected) return this.move(await this.sessions.findOneByOrFail({ id: session.id }), action, stamp);
    return this.sessions.findOneByOrFail({ id: session.id });
  }
}
