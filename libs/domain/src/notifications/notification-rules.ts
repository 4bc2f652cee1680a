import { InvalidInputError } from '../errors/domain-errors.js';
import { addDays, localDay, weekOf, weekStarting, type Week } from '../calendar/calendar.js';

/** What a notification is about; each kind has its own in-app and email preference. */
export const NotificationKind = {
  ASSIGNMENT_DUE: 'ASSIGNMENT_DUE',
  ASSIGNMENT_OVERDUE: 'ASSIGNMENT_OVERDUE',
  NUDGE: 'NUDGE',
  CERTIFICATION_EXPIRING: 'CERTIFICATION_EXPIRING',
  KUDOS_RECEIVED: 'KUDOS_RECEIVED',
  BADGE_EARNED: 'BADGE_EARNED',
  COMMENT: 'COMMENT',
  REDEMPTION_REVIEWED: 'REDEMPTION_REVIEWED',
  CLAIM_REVIEWED: 'CLAIM_REVIEWED',
  COACHING: 'COACHING',
  /** The weekly newsletter: email only. */
  DIGEST: 'DIGEST',
} as const;
export type NotificationKind = (typeof NotificationKind)[keyof typeof NotificationKind];
export const NOTIFICATION_KINDS = Object.values(NotificationKind);

export interface NotificationPreference {
  readonly kind: NotificationKind;
  readonly inApp: boolean;
  readonly email: boolean;
}

/** Reminders that need doing something, and the newsletter, are mailed unless turned off; the rest stays in the portal. */
const MAILED_BY_DEFAULT = new Set<NotificationKind>([
  NotificationKind.ASSIGNMENT_DUE,
  NotificationKind.ASSIGNMENT_OVERDUE,
  NotificationKind.NUDGE,
  NotificationKind.CERTIFICATION_EXPIRING,
  NotificationKind.COACHING,
  NotificationKind.DIGEST,
]);

/** What a person gets of a kind they have not set. */
export function defaultPreference(kind: NotificationKind): NotificationPreference {
  return { kind, inApp: kind !== NotificationKind.DIGEST, email: MAILED_BY_DEFAULT.has(kind) };
}

/** Every kind, with the person's own settings where they made any. */
export function preferencesWithDefaults(own: readonly NotificationPreference[]): NotificationPreference[] {
  return NOTIFICATION_KINDS.map((kind) => own.find((preference) => preference.kind === kind) ?? defaultPreference(kind));
}

/** The newsletter is email only: it cannot be shown in the portal's list. */
export function checkPreference(kind: NotificationKind, inApp: boolean): void {
  if (kind === NotificationKind.DIGEST && inApp)
    throw new InvalidInputError('inApp', 'the digest comes by email only: inApp must be false');
}

/** An assignment is reminded of once this many days before it is due. */
export const DUE_SOON_DAYS = 3;

export const MAX_NUDGE_MESSAGE = 500;
/** Assignments one nudge may name. */
export const MAX_NUDGE_ASSIGNMENTS = 200;

/** A nudge's optional message, trimmed; null when empty. */
export function checkNudgeMessage(message: string | null | undefined): string | null {
  const text = message?.trim() ?? '';
  if (text.length > MAX_NUDGE_MESSAGE) throw new InvalidInputError('message', `message must be at most ${MAX_NUDGE_MESSAGE} characters`);
  return text || null;
}

export function checkNudgeAssignments(assignmentIds: readonly string[]): void {
  if (assignmentIds.length === 0) throw new InvalidInputError('assignmentIds', 'name at least one assignment');
  if (assignmentIds.length > MAX_NUDGE_ASSIGNMENTS)
    throw new InvalidInputError('assignmentIds', `at most ${MAX_NUDGE_ASSIGNMENTS} assignments at once`);
}

/** The newsletter goes out on Monday from this hour, local time. */
export const NEWSLETTER_HOUR = 7;

/**
 * The week whose digest is due at `now` in `timeZone`: the previous week, on Monday from
 * NEWSLETTER_HOUR local time; null on any other day or hour.
 */
export function newsletterWeekDue(now: Date, timeZone: string): Week | null {
  const thisWeek = weekOf(now, timeZone);
  if (localDay(now, timeZone) !== thisWeek.monday) return null;
  if (now.getTime() - thisWeek.from.getTime() < NEWSLETTER_HOUR * 60 * 60 * 1000) return null;
  return weekStarting(addDays(thisWeek.monday, -7), timeZone);
}
