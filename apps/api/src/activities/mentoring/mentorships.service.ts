import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  MAX_MENTORSHIPS_LISTED,
  MENTORING_SESSION_POINTS,
  MENTORSHIP_SESSIONS_SHOWN,
  MentorshipStatus,
  NotFoundError,
  Role,
  checkPairing,
  checkSessionTime,
  localDay,
  mentoringSourceId,
  mentorshipStatus,
} from '@laurels/domain';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { AchievementService } from '#achievements/achievement-path';
import type { Viewer } from '#platform/auth';
import { Clock } from '#platform/clock';
import { groupBy, type BatchLoad } from '#platform/graphql';
import { Organization, TeamsService, User, lockPeople, refuseDeactivated } from '#directory/organizations';
import type { LogMentorshipSessionInput, StartMentorshipInput } from './dto/mentorship.input.js';
import { MentorshipSession } from './mentorship-session.entity.js';
import { Mentorship } from './mentorship.entity.js';

@Injectable()
export class MentorshipsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly achievements: AchievementService,
    private readonly teams: TeamsService,
    private readonly clock: Clock,
  ) {}

  /**
   * Pairs a mentor with a mentee: by an admin, or a manager of either of them. Both are locked, so
   * two managers pairing the same two at once make one pairing; an active pairing of the two (either
   * way round) is refused, unless its end date went by: that one has ENDED and the new one begins.
   */
  async start(viewer: Viewer, input: StartMentorshipInput): Promise<Mentorship> {
    const now = this.clock.now();
    checkPairing(input, now);
    return this.dataSource.transaction(async (manager) => {
      const people = await manager
        .getRepository(User)
        .findBy({ id: In([input.mentorId, input.menteeId]), organizationId: viewer.organizationId });
      const mentor = people.find((person) => person.id === input.mentorId);
      const mentee = people.find((person) => person.id === input.menteeId);
      if (!mentor) throw new NotFoundError('User', input.mentorId);
      if (!mentee) throw new NotFoundError('User', input.menteeId);
      refuseDeactivated([mentor], 'mentorId');
      refuseDeactivated([mentee], 'menteeId');
      const managed = await this.teams.managedTeamIds(viewer);
      if (managed && ![mentor.teamId, mentee.teamId].some((teamId) => teamId && managed.includes(teamId))) {
        throw new ForbiddenError(`neither ${mentor.displayName} nor ${mentee.displayName} is in a team you manage`);
      }
      await lockPeople(manager, [mentor.id, mentee.id]);
      const repository = manager.getRepository(Mentorship);
      const active = await repository.findOneBy([
        { mentorId: mentor.id, menteeId: mentee.id, status: MentorshipStatus.ACTIVE },
        { mentorId: mentee.id, menteeId: mentor.id, status: MentorshipStatus.ACTIVE },
      ]);
      if (active && mentorshipStatus(active.status, active.endsAt, now) === MentorshipStatus.ACTIVE) {
        throw new ConflictError('menteeId', `${mentor.displayName} and ${mentee.displayName} already have an active mentorship`);
      }
      if (active) await repository.update({ id: active.id }, { status: MentorshipStatus.ENDED });
      return repository.save(
        repository.create({
          organizationId: viewer.organizationId,
          mentorId: mentor.id,
          menteeId: mentee.id,
          goal: input.goal,
          status: MentorshipStatus.ACTIVE,
          startedAt: now,
          endsAt: input.endsAt ?? null,
          completedAt: null,
          pairedById: viewer.userId,
        }),
      );
    });
  }

  /**
   * Logs a session, by the mentor or the mentee only. The mentor is locked for the whole
   * transaction (as the achievement path locks them), so a retry racing the first finds it; the
   * mentor earns points for the pair's first session of the day through the achievement path,
   * whose ledger key (mentee and day) makes sure.
   */
  async logSession(viewer: Viewer, input: LogMentorshipSessionInput): Promise<MentorshipSession> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const found = await this.find(manager, viewer, input.mentorshipId);
      if (viewer.userId !== found.mentorId && viewer.userId !== found.menteeId) {
        throw new ForbiddenError('only the mentor or the mentee logs sessions of a mentorship');
      }
      await lockPeople(manager, [found.mentorId]);
      const mentorship = await this.find(manager, viewer, found.id);
      const sessions = manager.getRepository(MentorshipSession);
      if (input.idempotencyKey) {
        const earlier = await sessions.findOneBy({ loggedById: viewer.userId, idempotencyKey: input.idempotencyKey });
        if (earlier && earlier.mentorshipId !== mentorship.id) {
          throw new InvalidInputError('idempotencyKey', 'this idempotencyKey was already used for a session of another mentorship');
        }
        if (earlier) return earlier;
      }
      if (mentorship.status !== MentorshipStatus.ACTIVE) {
        throw new InvalidInputError('mentorshipId', 'this mentorship is over: it takes no more sessions');
      }
      checkSessionTime(input.heldAt, mentorship, now);
      const [{ timeZone }] = await manager.getRepository(Organization).find({
        select: { timeZone: true },
        where: { id: viewer.organizationId },
      });
      const mentee = await manager.getRepository(User).findOneByOrFail({ id: mentorship.menteeId });
      const day = localDay(input.heldAt, timeZone);
      const counted = !(
        await manager.query<unknown[]>(`SELECT 1 FROM points_entries WHERE user_id = $1 AND reason = 'MENTORING' AND source_id = $2`, [
          mentorship.mentorId,
          mentoringSourceId(mentee.id, day),
        ])
      ).length;
      const session = await sessions.save(
        sessions.create({
          mentorshipId: mentorship.id,
          heldAt: input.heldAt,
          minutes: input.minutes,
          notes: input.notes || null,
          loggedById: viewer.userId,
          counted,
          idempotencyKey: input.idempotencyKey ?? null,
          createdAt: now,
        }),
      );
      await this.achievements.record(manager, mentorship.mentorId, [
        { kind: 'MENTORING_SESSION', menteeId: mentee.id, menteeName: mentee.displayName, day, points: MENTORING_SESSION_POINTS },
      ]);
      return session;
    });
  }

  /**
   * Completes a mentorship, by the mentor, the mentee, a manager of either or an admin, and
   * celebrates the two of them once. Completing it again changes nothing.
   */
  async complete(viewer: Viewer, mentorshipId: string): Promise<Mentorship> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const mentorship = await this.find(manager, viewer, mentorshipId, true);
      const people = await manager.getRepository(User).findBy({ id: In([mentorship.mentorId, mentorship.menteeId]) });
      const mentor = people.find((person) => person.id === mentorship.mentorId)!;
      const mentee = people.find((person) => person.id === mentorship.menteeId)!;
      await this.checkOverseer(viewer, [mentor, mentee]);
      if (mentorship.status === MentorshipStatus.COMPLETED) return mentorship;
      if (mentorship.status === MentorshipStatus.ENDED) {
        throw new InvalidInputError('mentorshipId', 'this mentorship was replaced by a newer pairing of the two');
      }
      mentorship.status = MentorshipStatus.COMPLETED;
      mentorship.completedAt = now;
      await manager.getRepository(Mentorship).update({ id: mentorship.id }, { status: mentorship.status, completedAt: now });
      await this.achievements.celebrateMentorship(manager, {
        organizationId: viewer.organizationId,
        mentorshipId: mentorship.id,
        goal: mentorship.goal,
        mentor,
        mentee,
        at: now,
      });
      return mentorship;
    });
  }

  /**
   * Mentorships newest first, MAX_MENTORSHIPS_LISTED at most: a person's (the viewer's own by
   * default; someone else's for their manager or an admin) as mentor or mentee, or, with a team,
   * those of its members for its manager or an admin.
   */
  async list(viewer: Viewer, userId: string | null, teamId: string | null): Promise<Mentorship[]> {
    if (teamId && !userId) {
      if (viewer.role === Role.EMPLOYEE) throw new ForbiddenError('mentorships of a team need the MANAGER role or higher');
      await this.teams.managed(viewer, teamId);
      return this.latestOf(viewer, 'SELECT u.id FROM users u WHERE u.team_id = :teamId', { teamId });
    }
    const personId = userId ?? viewer.userId;
    if (personId !== viewer.userId) {
      if (viewer.role === Role.EMPLOYEE) throw new ForbiddenError('only managers and admins see the mentorships of others');
      const person = await this.dataSource.getRepository(User).findOneBy({ id: personId, organizationId: viewer.organizationId });
      if (!person) throw new NotFoundError('User', personId);
      await this.teams.checkManagesMember(viewer, person);
    }
    return this.latestOf(viewer, 'SELECT CAST(:personId AS uuid) AS id', { personId });
  }

  /**
   * The latest mentorships of these people, as mentor or as mentee: each person's latest of either
   * side through mentorships_of_mentor and _of_mentee, then the newest of those. What it reads grows
   * with the people asked about, never with the organisation or anyone's whole history.
   */
  private async latestOf(viewer: Viewer, people: string, parameters: Record<string, string>): Promise<Mentorship[]> {
    const side = (column: string) => `
      SELECT latest.id, latest.started_at FROM (${people}) person
      CROSS JOIN LATERAL (
        SELECT m.id, m.started_at FROM mentorships m WHERE m.${column} = person.id ORDER BY m.started_at DESC, m.id DESC LIMIT :max
      ) latest`;
    // The ids first, then their rows by primary key: one statement joining both lets the planner scan every mentorship.
    const [sql, values] = this.dataSource.driver.escapeQueryWithParameters(
      `SELECT picked.id FROM (${side('mentor_id')} UNION ${side('mentee_id')}) picked
        ORDER BY picked.started_at DESC, picked.id DESC LIMIT :max`,
      { ...parameters, max: MAX_MENTORSHIPS_LISTED },
    );
    const ids = (await this.dataSource.query<{ id: string }[]>(sql, values)).map((row) => row.id);
    if (ids.length === 0) return [];
    return this.dataSource.getRepository(Mentorship).find({
      where: { id: In(ids), organizationId: viewer.organizationId },
      order: { startedAt: 'DESC', id: 'DESC' },
    });
  }

  /** The latest MENTORSHIP_SESSIONS_SHOWN sessions of each mentorship, newest first, in one statement. */
  readonly latestSessions: BatchLoad<string, MentorshipSession[]> = async (mentorshipIds) => {
    const rows = await this.dataSource
      .getRepository(MentorshipSession)
      .createQueryBuilder('session')
      .where(
        `session.id IN (
          SELECT latest.id FROM unnest(CAST(:ids AS uuid[])) AS m(id)
          CROSS JOIN LATERAL (
            SELECT s.id FROM mentorship_sessions s WHERE s.mentorship_id = m.id ORDER BY s.held_at DESC, s.id DESC LIMIT :shown
          ) latest
        )`,
        { ids: mentorshipIds, shown: MENTORSHIP_SESSIONS_SHOWN },
      )
      .orderBy('session.heldAt', 'DESC')
      .addOrderBy('session.id', 'DESC')
      .getMany();
    return groupBy(mentorshipIds, rows, (session) => session.mentorshipId);
  };

  /** The mentorship (locked until the transaction ends when asked); another organisation's is not found. */
  private async find(manager: EntityManager, viewer: Viewer, mentorshipId: string, lock = false): Promise<Mentorship> {
    const query = manager.getRepository(Mentorship).createQueryBuilder('mentorship');
    if (lock) query.setLock('pessimistic_write');
    const mentorship = await query
      .where('mentorship.id = :mentorshipId AND mentorship.organizationId = :organizationId', {
        mentorshipId,
        organizationId: viewer.organizationId,
      })
      .getOne();
    if (!mentorship) throw new NotFoundError('Mentorship', mentorshipId);
    return mentorship;
  }

  /** The two of them, a manager of either, or an admin. */
  private async checkOverseer(viewer: Viewer, pair: readonly User[]): Promise<void> {
    if (pair.some((person) => person.id === viewer.userId)) return;
    const managed = await this.teams.managedTeamIds(viewer);
    if (viewer.role === Role.EMPLOYEE || (managed && !pair.some((person) => person.teamId && managed.includes(person.teamId)))) {
      throw new ForbiddenError('only the two of them, their managers and admins complete a mentorship');
    }
  }
}
