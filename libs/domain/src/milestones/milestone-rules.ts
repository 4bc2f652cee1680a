import { InvalidInputError } from '../errors/domain-errors.js';
import { MIN_NPS_RESPONSES } from '../feedback/feedback-summary.js';

/** What a team milestone counts inside its window. */
export const MilestoneMetric = {
  MODULES_COMPLETED: 'MODULES_COMPLETED',
  COURSES_COMPLETED: 'COURSES_COMPLETED',
  POINTS_EARNED: 'POINTS_EARNED',
  CERTIFICATIONS_EARNED: 'CERTIFICATIONS_EARNED',
  KUDOS_RECEIVED: 'KUDOS_RECEIVED',
  AVERAGE_CSAT: 'AVERAGE_CSAT',
  FEEDBACK_COUNT: 'FEEDBACK_COUNT',
  /** The team's Net Promoter Score in the window, -100..100. */
  NPS: 'NPS',
} as const;
export type MilestoneMetric = (typeof MilestoneMetric)[keyof typeof MilestoneMetric];

export interface MilestoneTarget {
  readonly metric: MilestoneMetric;
  readonly target: number;
}

/** 0..1: how far the team is; an average CSAT counts toward its target the same way. */
export function milestoneProgress(milestone: MilestoneTarget, current: number): number {
  // An NPS runs from -100: the way from the bottom of the scale to the target.
  if (milestone.metric === 'NPS') return Math.min(1, Math.max(0, (current + 100) / (milestone.target + 100 || 1)));
  if (milestone.target <= 0) return 1;
  return Math.min(1, Math.max(0, current / milestone.target));
}

/** An average CSAT says little about a handful of answers: a milestone on it needs at least this many. */
export const MIN_CSAT_RESPONSES = 5;

/** Reached when the count meets the target; an average CSAT or an NPS also needs 5 answers behind it. */
export function milestoneReached(milestone: MilestoneTarget, current: number, responses = 0): boolean {
  if (milestone.metric === 'AVERAGE_CSAT' && responses < MIN_CSAT_RESPONSES) return false;
  if (milestone.metric === 'NPS' && responses < MIN_NPS_RESPONSES) return false;
  return current >= milestone.target;
}

/** Checks a new milestone: counts are whole and positive, a CSAT target lies between 1 and 5, an NPS between -100 and 100, the window is in order. */
export function validateMilestone(milestone: MilestoneTarget & { readonly startsAt: Date; readonly endsAt: Date | null }): void {
  const { metric, target } = milestone;
  if (metric === 'AVERAGE_CSAT') {
    if (!(target >= 1 && target <= 5)) throw new InvalidInputError('target', 'an average CSAT target lies between 1 and 5');
  } else if (metric === 'NPS') {
    if (!Number.isInteger(target) || target < -100 || target > 100)
      throw new InvalidInputError('target', 'an NPS target is a whole number from -100 to 100');
  } else if (!Number.isInteger(target) || target < 1 || target > 10_000_000) {
    throw new InvalidInputError('target', 'target must be a whole number from 1 to 10,000,000');
  }
  if (milestone.endsAt && milestone.endsAt.getTime() <= milestone.startsAt.getTime()) {
    throw new InvalidInputError('endsAt', 'endsAt must come after startsAt');
  }
}
