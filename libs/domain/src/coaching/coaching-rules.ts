import { ConflictError, InvalidInputError } from '../errors/domain-errors.js';

/** Where a coaching session stands: opened by the coach, acknowledged by the employee, completed by the coach. */
export const CoachingStatus = {
  OPEN: 'OPEN',
  ACKNOWLEDGED: 'ACKNOWLEDGED',
  COMPLETED: 'COMPLETED',
} as const;
export type CoachingStatus = (typeof CoachingStatus)[keyof typeof CoachingStatus];

/** The highest CSAT, and the highest NPS answer, that call for coaching. */
export const LOW_CSAT = 2;
export const LOW_NPS = 6;

/** The most focus skills, feedback and suggested courses one session names. */
export const MAX_COACHING_FOCUS_SKILLS = 10;
export const MAX_COACHING_FEEDBACK = 20;
export const MAX_COACHING_COURSES = 10;

/** A rating that calls for coaching: CSAT 2 or less, or an NPS answer of 6 or less (a detractor). */
export function isLowRating(feedback: { readonly csat: number; readonly nps?: number | null }): boolean {
  return feedback.csat <= LOW_CSAT || (feedback.nps != null && feedback.nps <= LOW_NPS);
}

/** A follow-up is planned for today or later, never in the past (today counts, in UTC). */
export function validateFollowUp(followUpAt: Date | null | undefined, now: Date): void {
  if (!followUpAt) return;
  const startOfToday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  if (followUpAt.getTime() < startOfToday) throw new InvalidInputError('followUpAt', 'the follow-up date is in the past');
}

/** The status a session moves to, or why it cannot: the employee acknowledges an open one, the coach completes one not yet completed. */
export function nextCoachingStatus(current: CoachingStatus, action: 'ACKNOWLEDGE' | 'COMPLETE'): CoachingStatus {
  if (action === 'ACKNOWLEDGE') {
    if (current !== CoachingStatus.OPEN) throw new ConflictError('sessionId', 'the session was already acknowledged');
    return CoachingStatus.ACKNOWLEDGED;
  }
  if (current === CoachingStatus.COMPLETED) throw new ConflictError('sessionId', 'the session is already completed');
  return CoachingStatus.COMPLETED;
}
