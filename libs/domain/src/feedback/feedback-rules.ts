import { InvalidInputError } from '../errors/domain-errors.js';

/** Points an employee receives for a five-star rating with a comment: customer praise. */
export const CUSTOMER_PRAISE_POINTS = 30;

export interface FeedbackScores {
  readonly csat: number;
  readonly nps?: number | null;
}

export function validateFeedbackScores({ csat, nps }: FeedbackScores): void {
  if (!Number.isInteger(csat) || csat < 1 || csat > 5) throw new InvalidInputError('csat', 'csat must be a whole number from 1 to 5');
  if (nps != null && (!Number.isInteger(nps) || nps < 0 || nps > 10))
    throw new InvalidInputError('nps', 'nps must be a whole number from 0 to 10');
}

/** How far ahead of our clock a help desk's clock may run before its receivedAt is refused. */
export const RECEIVED_AT_SKEW_MS = 5 * 60 * 1000;

/** A customer's answer cannot arrive after now; a date from the future would skew every window it lands in. */
export function validateReceivedAt(receivedAt: Date | null | undefined, now: Date): void {
  if (receivedAt && receivedAt.getTime() > now.getTime() + RECEIVED_AT_SKEW_MS) {
    throw new InvalidInputError('receivedAt', 'the date is in the future');
  }
}

/** Whether a five-star rating counts for the person it is about: not when they recorded it themselves. */
export function countsForEmployee(feedback: { readonly employeeId?: string | null; readonly recordedById?: string | null }): boolean {
  return Boolean(feedback.employeeId) && feedback.employeeId !== feedback.recordedById;
}

/**
 * Five stars, about a person, in the customer's own words: worth celebrating.
 * A manager or admin who records praise about themselves keeps the rating on
 * record but earns nothing from it, as nobody gives themselves kudos.
 */
export function isCustomerPraise(feedback: {
  readonly csat: number;
  readonly comment?: string | null;
  readonly employeeId?: string | null;
  readonly recordedById?: string | null;
}): boolean {
  return feedback.csat === 5 && countsForEmployee(feedback) && Boolean(feedback.comment?.trim());
}
