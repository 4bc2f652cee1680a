import { InvalidInputError } from '../errors/domain-errors.js';
import type { LocalDay } from '../calendar/calendar.js';

/** Where a mentorship stands: ENDED is an active one whose end date went by without it being completed. */
export const MentorshipStatus = { ACTIVE: 'ACTIVE', COMPLETED: 'COMPLETED', ENDED: 'ENDED' } as const;
export type MentorshipStatus = (typeof MentorshipStatus)[keyof typeof MentorshipStatus];

/** Points the mentor earns for a session; one session per pair and day counts. */
export const MENTORING_SESSION_POINTS = 20;
export const MAX_MENTORSHIP_GOAL = 300;
export const MAX_SESSION_NOTES = 2000;
export const MAX_SESSION_MINUTES = 8 * 60;
/** The sessions a mentorship shows: its latest, newest first. */
export const MENTORSHIP_SESSIONS_SHOWN = 10;
/** The most mentorships one read lists, newest first. */
export const MAX_MENTORSHIPS_LISTED = 50;
/** Clocks differ a little between a browser and the API: a session "now" is not in the future. */
const HELD_AT_SKEW_MS = 60_000;

export interface PairingToCheck {
  readonly mentorId: string;
  readonly menteeId: string;
  readonly endsAt?: Date | null;
}

/** Refuses a pairing of someone with themselves, or one that ends before it begins. */
export function checkPairing(pairing: PairingToCheck, now: Date): void {
  if (pairing.mentorId === pairing.menteeId)
    throw new InvalidInputError('menteeId', 'a mentor cannot mentor themselves: pick someone else');
  if (pairing.endsAt && pairing.endsAt.getTime() <= now.getTime())
    throw new InvalidInputError('endsAt', 'the end date must be in the future');
}

/** Refuses a session in the future, before the mentorship began, or after it ended. */
export function checkSessionTime(heldAt: Date, mentorship: { readonly startedAt: Date; readonly endsAt: Date | null }, now: Date): void {
  if (heldAt.getTime() > now.getTime() + HELD_AT_SKEW_MS) throw new InvalidInputError('heldAt', 'the session cannot be in the future');
  if (heldAt.getTime() < mentorship.startedAt.getTime())
    throw new InvalidInputError('heldAt', 'the session cannot be before the mentorship began');
  if (mentorship.endsAt && heldAt.getTime() > mentorship.endsAt.getTime()) {
    throw new InvalidInputError('heldAt', 'the session cannot be after the mentorship ended');
  }
}

/** The status shown: an active mentorship past its end date has ended. */
export function mentorshipStatus(stored: MentorshipStatus, endsAt: Date | null, now: Date): MentorshipStatus {
  return stored === MentorshipStatus.ACTIVE && endsAt && endsAt.getTime() <= now.getTime() ? MentorshipStatus.ENDED : stored;
}

/**
 * What makes a mentor's session points unique on their ledger: the mentee and the day it was held (in the
 * organisation's time zone), so a second session of the same two that day, or a retry, earns nothing more.
 */
export function mentoringSourceId(menteeId: string, day: LocalDay): string {
  return `${menteeId}:${day}`;
}
