import { InvalidInputError } from '../errors/domain-errors.js';

/** Points each person may give away in kudos per calendar month, unless the organisation says otherwise. */
export const DEFAULT_KUDOS_ALLOWANCE = 100;
export const MAX_KUDOS_ALLOWANCE = 10_000;
export const MAX_KUDOS_MESSAGE = 500;
/** People one kudos may thank together. */
export const MAX_KUDOS_RECIPIENTS = 20;

export interface KudosToGive {
  readonly fromUserId: string;
  /** Each once; every one of them receives the points. */
  readonly toUserIds: readonly string[];
  readonly message: string;
  readonly values: readonly string[];
  readonly points: number;
}

export interface CheckedKudos {
  readonly message: string;
  /** Spelled as the organisation spells them, in the order given, each once. */
  readonly values: string[];
}

/**
 * Checks kudos against the rules: to 1-20 colleagues, never to oneself, a
 * message of 1-500 characters, one or more of the organisation's values
 * (matched ignoring case), and whole points, which every recipient receives,
 * that the giver's allowance still covers (0 is fine).
 */
export function checkKudos(kudos: KudosToGive, organizationValues: readonly string[], allowanceLeft: number): CheckedKudos {
  const recipients = kudos.toUserIds.length;
  if (kudos.toUserIds.includes(kudos.fromUserId)) throw new InvalidInputError('toUserId', 'kudos go to a colleague, not to yourself');
  if (recipients > MAX_KUDOS_RECIPIENTS)
    throw new InvalidInputError('toUserIds', `one kudos may thank at most ${MAX_KUDOS_RECIPIENTS} people together`);
  const message = kudos.message.trim();
  if (message.length === 0) throw new InvalidInputError('message', 'say what the kudos are for');
  if (message.length > MAX_KUDOS_MESSAGE)
    throw new InvalidInputError('message', `the message must be at most ${MAX_KUDOS_MESSAGE} characters`);
  if (organizationValues.length === 0)
    throw new InvalidInputError('values', 'the organisation has no company values yet: an admin sets them first');
  if (kudos.values.length === 0) throw new InvalidInputError('values', 'tag the kudos with at least one company value');
  const byKey = new Map(organizationValues.map((value) => [value.toLowerCase(), value]));
  const values: string[] = [];
  for (const given of kudos.values) {
    const value = byKey.get(given.trim().toLowerCase());
    if (!value) throw new InvalidInputError('values', `“${given}” is not one of the company values (${organizationValues.join(', ')})`);
    if (!values.includes(value)) values.push(value);
  }
  if (!Number.isInteger(kudos.points) || kudos.points < 0)
    throw new InvalidInputError('points', 'points must be a whole number, 0 or more');
  if (kudos.points * recipients > allowanceLeft) {
    const left = `you have ${allowanceLeft} kudos ${allowanceLeft === 1 ? 'point' : 'points'} left to give this month`;
    throw new InvalidInputError(
      'points',
      recipients > 1 ? `${left}, and ${recipients} people × ${kudos.points} needs ${recipients * kudos.points}` : left,
    );
  }
  return { message, values };
}

/** What is left of a monthly allowance after what was given this month; never below zero. */
export function kudosAllowanceLeft(monthlyAllowance: number, givenThisMonth: number): number {
  return Math.max(0, monthlyAllowance - givenThisMonth);
}

export function validateKudosAllowance(points: number): void {
  if (!Number.isInteger(points) || points < 0 || points > MAX_KUDOS_ALLOWANCE) {
    throw new InvalidInputError('points', `the monthly allowance must be a whole number from 0 to ${MAX_KUDOS_ALLOWANCE}`);
  }
}
