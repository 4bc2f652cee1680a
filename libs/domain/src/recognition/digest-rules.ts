import { InvalidInputError } from '../errors/domain-errors.js';

/** A digest covers at most a quarter: enough for a monthly newsletter, small enough to stay quick. */
export const MAX_DIGEST_DAYS = 93;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The digest's window [from, to): from before to, at most 93 days long. */
export function checkDigestWindow(from: Date, to: Date): void {
  if (to.getTime() <= from.getTime()) throw new InvalidInputError('to', 'the end of the period must come after its start');
  if (to.getTime() - from.getTime() > MAX_DIGEST_DAYS * DAY_MS)
    throw new InvalidInputError('to', `a digest covers at most ${MAX_DIGEST_DAYS} days`);
}
