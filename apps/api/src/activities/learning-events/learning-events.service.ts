import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ForbiddenError,
  InvalidInputError,
  LearningEventStatus,
  MAX_ATTENDANCE_BATCH,
  MAX_EVENT_DAYS,
  NotFoundError,
  Role,
  checkAttendanceOpen,
  checkEventTimes,
  checkEventWindow,
  checkRsvpOpen,
  statusOnCreation,
} from '@laurels/domain';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { AchievementService } from '#achievements/achievement-path';
import type { Viewer } from '#platform/auth';
import { Clock } from '#platform/clock';
import { groupBy, isId, type BatchLoad } from '#platform/graphql';
import { TeamsService, User, lockPeople, refuseDeactivated } from '#directory/organizations';
import type { CreateLearningEventInput } from './dto/create-learning-event.input.js';
import { LearningEvent, LearningEventAttendance, LearningEventHost, LearningEventRsvp } from './learning-event.entity.js';

/** The most events one read of learningEvents returns, soonest first. */
export const MAX_EVENTS_LISTED = 50;
/** The most attendees an event lists, earliest marked first. */
export const MAX_ATTENDEES_LISTED = 100;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether the viewer is going to an event: one key per event, the viewer on each. */
export interface ViewerGoing {
  readonly eventId: string;
  readonly userId: string;
}

export const viewerGoingKey = (key: ViewerGoing) => `${key.eventId}:${key.userId}`;

@Injectable()
export class LearningEventsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly teams: TeamsService,
    private readonly achievements: AchievementService,
    private readonly clock: Clock,
  ) {}

  /**
   * A new event with its hosts. A manager's or admin's is published at once; an employee's is a
   * proposal (PENDING) that a manager of their team, or an admin, publishes or declines.
   */
  async create(viewer: Viewer, input: CreateLearningEventInput): Promise<LearningEvent> {
    checkEventTimes(input.startsAt, input.endsAt);
    return this.dataSource.transaction(async (manager) => {
      const hosts = await manager.getRepository(User).findBy({ id: In(input.hostIds), organizationId: viewer.organizationId });
      const missing = input.hostIds.find((id) => !hosts.some((host) => host.id === id));
      if (missing) throw new NotFoundError('User', missing);
      refuseDeactivated(hosts, 'hostIds');
      const events = manager.getRepository(LearningEvent);
      const event = await events.save(
        events.create({
          organizationId: viewer.organizationId,
          kind: input.kind,
          title: input.title,
          description: input.description,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          location: input.location || null,
          skills: [...new Set(input.skills.map((skill) => skill.toLowerCase()))],
          points: input.points,
          hostPoints: input.hostPoints,
          status: statusOnCreation(viewer.role),
          createdById: viewer.userId,
          reviewedById: null,
          attendanceRecordedAt: null,
          createdAt: this.clock.now(),
        }),
      );
      await manager.getRepository(LearningEventHost).insert(input.hostIds.map((userId) => ({ eventId: event.id, userId })));
      return event;
    });
  }

  /** A manager of the proposer's team, or an admin, publishes an employee's proposal or declines it. */
  async review(viewer: Viewer, eventId: string, publish: boolean): Promise<LearningEvent> {
    // Read before the transaction: a review waiting for the event's lock holds no second connection.
    const managed = await this.teams.managedTeamIds(viewer);
    return this.dataSource.transaction(async (manager) => {
      const event = await this.locked(manager, viewer, eventId);
      const proposer = await manager.getRepository(User).findOneByOrFail({ id: event.createdById });
      if (proposer.id === viewer.userId) throw new ForbiddenError('someone else reviews your proposal');
      await this.teams.checkManagesMember(viewer, proposer, managed);
      const decided = publish ? LearningEventStatus.PUBLISHED : LearningEventStatus.DECLINED;
      if (event.status === decided && event.reviewedById === viewer.userId) return event;
      if (event.status !== LearningEventStatus.PENDING) throw new InvalidInputError('eventId', 'this proposal was already reviewed');
      event.status = decided;
      event.reviewedById = viewer.userId;
      return manager.getRepository(LearningEvent).save(event);
    });
  }

  /** Going or not: answered again, the last answer stands. */
  async rsvp(viewer: Viewer, eventId: string, going: boolean): Promise<LearningEvent> {
    const event = await this.inOrganization(viewer, eventId);
    checkRsvpOpen(event, this.clock.now());
    const rsvps = this.dataSource.getRepository(LearningEventRsvp);
    if (going) {
      await rsvps
        .createQueryBuilder()
        .insert()
        .values({ eventId, userId: viewer.userId, answeredAt: this.clock.now() })
        .orIgnore()
        .execute();
    } else {
      await rsvps.delete({ eventId, userId: viewer.userId });
    }
    return event;
  }

  /**
   * Marks people as having attended a started event: each newly marked person earns the event's
   * points, and the hosts their host points when attendance is first recorded, all through the
   * achievement path. The event row is locked first, so recordings of one event take turns; the
   * attendance rows and the ledger's unique source keys make a person marked twice, or by two
   * recordings at once, earn once. The event's celebration names the hosts and the count.
   */
  async recordAttendance(viewer: Viewer, eventId: string, userIds: readonly string[]): Promise<LearningEvent> {
    if (!userIds.every(isId)) throw new InvalidInputError('userIds', 'userIds holds an id that is not valid');
    const marked = [...new Set(userIds.map((id) => id.toLowerCase()))];
    if (marked.length === 0) throw new InvalidInputError('userIds', 'mark at least one person as attended');
    if (marked.length > MAX_ATTENDANCE_BATCH) {
      throw new InvalidInputError('userIds', `mark at most ${MAX_ATTENDANCE_BATCH} people at once`);
    }
    return this.dataSource.transaction(async (manager) => {
      const event = await this.locked(manager, viewer, eventId);
      const hosts = await manager.getRepository(LearningEventHost).findBy({ eventId });
      const hostIds = hosts.map((host) => host.userId).sort();
      if (viewer.role === Role.EMPLOYEE && !hostIds.includes(viewer.userId)) {
        throw new ForbiddenError('hosts, managers and admins record who attended');
      }
      const now = this.clock.now();
      checkAttendanceOpen(event, now);
      const people = await manager.getRepository(User).findBy({ id: In(marked), organizationId: viewer.organizationId });
      const missing = marked.find((id) => !people.some((person) => person.id === id));
      if (missing) throw new NotFoundError('User', missing);
      refuseDeactivated(people, 'userIds');
      const host = people.find((person) => hostIds.includes(person.id));
      if (host) throw new InvalidInputError('userIds', `${host.displayName} hosts the event and earns the host points instead`);

      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(LearningEventAttendance)
        .values(marked.map((userId) => ({ eventId, userId, recordedById: viewer.userId, recordedAt: now })))
        .orIgnore()
        .returning(['userId'])
        .execute();
      const newlyAttended = (inserted.raw as { user_id: string }[]).map((row) => row.user_id);
      const firstRecording = event.attendanceRecordedAt === null;
      if (firstRecording) {
        event.attendanceRecordedAt = now;
        await manager.getRepository(LearningEvent).update({ id: eventId }, { attendanceRecordedAt: now });
      }
      if (newlyAttended.length === 0 && !firstRecording) return event;

      await lockPeople(manager, [...newlyAttended, ...(firstRecording ? hostIds : [])]);
      for (const userId of newlyAttended) {
        await this.achievements.record(manager, userId, [{ kind: 'EVENT_ATTENDED', eventId, title: event.title, points: event.points }]);
      }
      if (firstRecording) {
        for (const userId of hostIds) {
          await this.achievements.record(manager, userId, [
            { kind: 'EVENT_HOSTED', eventId, title: event.title, points: event.hostPoints },
          ]);
        }
      }
      const hostNames = (await manager.getRepository(User).findBy({ id: In(hostIds) }))
        .sort((a, b) => a.displayName.localeCompare(b.displayName))
        .map((person) => person.displayName);
      await this.achievements.celebrateLearningEvent(manager, {
        organizationId: viewer.organizationId,
        eventId,
        title: event.title,
        hostIds,
        hostNames,
        attended: await manager.getRepository(LearningEventAttendance).countBy({ eventId }),
        at: now,
      });
      return event;
    });
  }

  /**
   * Events taking place in [from, to), soonest first, at most MAX_EVENTS_LISTED: the published ones,
   * and the proposals the viewer made or may review. Read through learning_events_by_start: an event
   * lasts at most MAX_EVENT_DAYS, so one that overlaps the window started at most that long before it.
   */
  async list(viewer: Viewer, from: Date, to: Date): Promise<LearningEvent[]> {
    checkEventWindow(from, to);
    const managed = viewer.role === Role.EMPLOYEE ? [] : await this.teams.managedTeamIds(viewer);
    const query = this.dataSource
      .getRepository(LearningEvent)
      .createQueryBuilder('event')
      .where('event.organizationId = :org', { org: viewer.organizationId })
      .andWhere('event.startsAt >= :earliest AND event.startsAt < :to AND event.endsAt > :from', {
        earliest: new Date(from.getTime() - MAX_EVENT_DAYS * DAY_MS),
        from,
        to,
      })
      .orderBy('event.startsAt', 'ASC')
      .addOrderBy('event.id', 'ASC')
      .take(MAX_EVENTS_LISTED);
    if (managed !== null) {
      query.andWhere(
        `(event.status = :published OR event.createdById = :me
          OR event.createdById IN (SELECT proposer.id FROM users proposer WHERE proposer.team_id = ANY(:managed)))`,
        { published: LearningEventStatus.PUBLISHED, me: viewer.userId, managed },
      );
    }
    return query.getMany();
  }

  /** Hosts' ids of each event, in one statement. */
  readonly hostIdsByEventIds: BatchLoad<string, string[]> = async (eventIds) => {
    const rows = await this.dataSource.getRepository(LearningEventHost).findBy({ eventId: In([...eventIds]) });
    return groupBy(eventIds, rows, (row) => row.eventId).map((hosts) => hosts.map((host) => host.userId));
  };

  /** The first MAX_ATTENDEES_LISTED attendees' ids of each event, each event's slice of its primary key. */
  readonly attendeeIdsByEventIds: BatchLoad<string, string[]> = async (eventIds) => {
    const rows = await this.dataSource.query<{ event_id: string; user_id: string }[]>(
      `SELECT e.id AS event_id, attendee.user_id FROM unnest($1::uuid[]) AS e(id)
        CROSS JOIN LATERAL (
          SELECT a.user_id FROM learning_event_attendances a WHERE a.event_id = e.id ORDER BY a.user_id LIMIT $2
        ) attendee`,
      [eventIds, MAX_ATTENDEES_LISTED],
    );
    return groupBy(eventIds, rows, (row) => row.event_id).map((attendees) => attendees.map((row) => row.user_id));
  };

  /** How many said they are going to each event. */
  readonly goingCounts: BatchLoad<string, number> = async (eventIds) => {
    const rows = await this.dataSource.query<{ event_id: string; going: number }[]>(
      'SELECT event_id, count(*)::int AS going FROM learning_event_rsvps WHERE event_id = ANY($1::uuid[]) GROUP BY event_id',
      [eventIds],
    );
    const byEvent = new Map(rows.map((row) => [row.event_id, row.going]));
    return eventIds.map((id) => byEvent.get(id) ?? 0);
  };

  /** Whether the viewer said they are going, for each event. */
  readonly viewerGoing: BatchLoad<ViewerGoing, boolean> = async (keys) => {
    const rows = await this.dataSource
      .getRepository(LearningEventRsvp)
      .findBy({ eventId: In(keys.map((key) => key.eventId)), userId: In([...new Set(keys.map((key) => key.userId))]) });
    const going = new Set(rows.map((row) => viewerGoingKey(row)));
    return keys.map((key) => going.has(viewerGoingKey(key)));
  };

  /** An event of the viewer's organisation; others' look unknown. */
  private async inOrganization(viewer: Viewer, eventId: string): Promise<LearningEvent> {
    const event = await this.dataSource.getRepository(LearningEvent).findOneBy({ id: eventId, organizationId: viewer.organizationId });
    if (!event) throw new NotFoundError('LearningEvent', eventId);
    return event;
  }

  /** The event, locked for the rest of the transaction (FOR NO KEY UPDATE: RSVPs referencing it need not wait). */
  private async locked(manager: EntityManager, viewer: Viewer, eventId: string): Promise<LearningEvent> {
    const event = await manager
      .getRepository(LearningEvent)
      .createQueryBuilder('event')
      .setLock('for_no_key_update')
      .where('event.id = :eventId AND event.organizationId = :org', { eventId, org: viewer.organizationId })
      .getOne();
    if (!event) throw new NotFoundError('LearningEvent', eventId);
    return event;
  }
}
