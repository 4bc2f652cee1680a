import { InvalidInputError } from '../errors/domain-errors.js';

/** A calendar day as `YYYY-MM-DD`, always in some organisation's time zone. */
export type LocalDay = string;

const DAY_MS = 24 * 60 * 60 * 1000;

/** True when `timeZone` is an IANA zone name this runtime knows ("Europe/Paris", "UTC"). */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The calendar day `instant` falls on in `timeZone`. */
export function localDay(instant: Date, timeZone: string): LocalDay {
  if (!isTimeZone(timeZone)) throw new InvalidInputError('timeZone', `"${timeZone}" is not a known time zone`);
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** The day before `day`. */
export function previousDay(day: LocalDay): LocalDay {
  return new Date(Date.parse(`${day}T12:00:00Z`) - DAY_MS).toISOString().slice(0, 10);
}

/**
 * Consecutive days with at least one completion, counted back from `today`.
 * A streak is still alive on a day that has no completion yet: it then counts
 * back from yesterday, so nobody loses their streak at midnight.
 */
export function streakDays(activeDays: Iterable<LocalDay>, today: LocalDay): number {
  const days = new Set(activeDays);
  let day = days.has(today) ? today : previousDay(today);
  let streak = 0;
  while (days.has(day)) {
    streak++;
    day = previousDay(day);
  }
  return streak;
}
