import { InvalidInputError } from '../errors/domain-errors.js';
import { Role } from '../people/roles.js';

/** What kind of learning event: an internal knowledge-sharing session, a workshop, or a conference. */
export const LearningEventKind = { KNOWLEDGE_SHARE: 'KNOWLEDGE_SHARE', WORKSHOP: 'WORKSHOP', CONFERENCE: 'CONFERENCE' } as const;
export type LearningEventKind = (typeof LearningEventKind)[keyof typeof LearningEventKind];

/**
 * Whether people see an event: a manager's or admin's event is PUBLISHED at once; an employee's is a
 * PENDING proposal until a manager of their team (or an admin) publishes or declines it.
 */
export const LearningEventStatus = { PENDING: 'PENDING', PUBLISHED: 'PUBLISHED', DECLINED: 'DECLINED' } as const;
export type LearningEventStatus = (typeof LearningEventStatus)[keyof typeof LearningEventStatus];

/** Where an external-learning claim stands. */
export const ClaimStatus = { PENDING: 'PENDING', APPROVED: 'APPROVED', REJECTED: 'REJECTED' } as const;
export type ClaimStatus = (typeof ClaimStatus)[keyof typeof ClaimStatus];

export const MAX_EVENT_TITLE = 120;
export const MAX_EVENT_DESCRIPTION = 5000;
export const MAX_EVENT_LOCATION = 500;
export const MAX_EVENT_HOSTS = 10;
export const MAX_EVENT_SKILLS = 12;
export const MAX_EVENT_POINTS = 1000;
/** The longest an event may last: a conference of a few days, not a season. */
export const MAX_EVENT_DAYS = 14;
/** The widest window learningEvents reads at once. */
export const MAX_EVENT_WINDOW_DAYS = 92;
/** People one recordAttendance call marks. */
export const MAX_ATTENDANCE_BATCH = 500;

export const MAX_CLAIM_HOURS = 1000;
/** What a reviewer may award one external-learning claim unless the organisation sets another limit. */
export const DEFAULT_EXTERNAL_LEARNING_POINTS_LIMIT = 200;
export const MAX_EXTERNAL_LEARNING_POINTS_LIMIT = 10_000;

const DAY_MS = 24 * 60 * 60 * 1000;

/** An event's times as proposed: the end after the start, and the whole within MAX_EVENT_DAYS. */
export function checkEventTimes(startsAt: Date, endsAt: Date): void {
  if (endsAt.getTime() <= startsAt.getTime()) throw new InvalidInputError('endsAt', 'an event must end after it starts');
  if (endsAt.getTime() - startsAt.getTime() > MAX_EVENT_DAYS * DAY_MS) {
    throw new InvalidInputError('endsAt', `an event may last at most ${MAX_EVENT_DAYS} days`);
  }
}

/** Who creates an event decides whether it is published at once or waits for a manager. */
export function statusOnCreation(creatorRole: Role): LearningEventStatus {
  return creatorRole === Role.EMPLOYEE ? LearningEventStatus.PENDING : LearningEventStatus.PUBLISHED;
}

/** Attendance is recorded once a published event has started. */
export function checkAttendanceOpen(event: { status: LearningEventStatus; startsAt: Date }, now: Date): void {
  if (event.status !== LearningEventStatus.PUBLISHED) throw new InvalidInputError('eventId', 'the event is not published');
  if (now.getTime() < event.startsAt.getTime()) {
    throw new InvalidInputError('eventId', 'attendance can be recorded once the event has started');
  }
}

/** People answer whether they are going to a published event until it ends. */
export function checkRsvpOpen(event: { status: LearningEventStatus; endsAt: Date }, now: Date): void {
  if (event.status !== LearningEventStatus.PUBLISHED) throw new InvalidInputError('eventId', 'the event is not published');
  if (now.getTime() >= event.endsAt.getTime()) throw new InvalidInputError('eventId', 'the event is over');
}

/** The window learningEvents reads: `to` after `from`, at most MAX_EVENT_WINDOW_DAYS apart. */
export function checkEventWindow(from: Date, to: Date): void {
  if (to.getTime() <= from.getTime()) throw new InvalidInputError('to', 'to must be after from');
  if (to.getTime() - from.getTime() > MAX_EVENT_WINDOW_DAYS * DAY_MS) {
    throw new InvalidInputError('to', `read at most ${MAX_EVENT_WINDOW_DAYS} days of events at once`);
  }
}

/** An absolute http(s) address with a host and no whitespace. */
const HTTP_URL = /^https?:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/i;

/** An evidence link, trimmed: an absolute http or https URL, or nothing. */
export function checkEvidenceUrl(url: string | null | undefined): string | null {
  const text = url?.trim();
  if (!text) return null;
  if (!HTTP_URL.test(text)) throw new InvalidInputError('evidenceUrl', 'the evidence link must be an http or https address');
  return text;
}

/** External learning is claimed once it is done: not dated in the future, with its hours. */
export function checkClaim(claim: { completedOn: Date; hours: number }, now: Date): void {
  if (claim.completedOn.getTime() > now.getTime()) throw new InvalidInputError('completedOn', 'claim learning once it is completed');
  if (!Number.isFinite(claim.hours) || claim.hours <= 0 || claim.hours > MAX_CLAIM_HOURS) {
    throw new InvalidInputError('hours', `hours must be more than 0 and at most ${MAX_CLAIM_HOURS}`);
  }
}

/** The points a reviewer awards an approved claim: a whole number from 0 to the organisation's limit. */
export function checkClaimPoints(points: number | null | undefined, limit: number): number {
  if (points === null || points === undefined) throw new InvalidInputError('points', 'say how many points the approved claim earns');
  if (!Number.isInteger(points) || points < 0 || points > limit) {
    throw new InvalidInputError('points', `points must be a whole number from 0 to ${limit}, the organisation's limit`);
  }
  return points;
}
