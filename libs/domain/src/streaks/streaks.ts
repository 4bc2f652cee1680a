import { InvalidInputError } from '../errors/domain-errors.js';

/** A calendar day as `YYYY-MM-DD`, always in some organisation's time zone. */
export type LocalDay = string;

const DAY_MS = 24 * 60 * 60 * 1000;

/** One day formatter per zone: building one costs far more than using it, and the zones in use are few. */
const dayFormats = new Map<string, Intl.DateTimeFormat | null>();

function dayFormat(timeZone: string): Intl.DateTimeFormat | null {
  let format = dayFormats.get(timeZone);
  if (format === undefined) {
    try {
      // en-CA formats dates as YYYY-MM-DD.
      format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch {
      format = null;
    }
    dayFormats.set(timeZone, format);
  }
  return format;
}

/** True when `timeZone` is an IANA zone name this runtime knows ("Europe/Paris", "UTC"). */
export function isTimeZone(timeZone: string): boolean {
  return dayFormat(timeZone) !== null;
}

/** The calendar day `instant` falls on in `timeZone`. */
export function localDay(instant: Date, timeZone: string): LocalDay {
  const format = dayFormat(timeZone);
  if (!format) throw new InvalidInputError('timeZone', `"${timeZone}" is not a known time zone`);
  return format.format(instant);
}

/** The day before `day`. */
export function previousDay(day: LocalDay): LocalDay {
  return new Date(Date.parse(`${day}T12:00:00Z`) - DAY_MS).toISOString().slice(0, 10);
}

/** A streak as kept beside the person: its length, and the last day it was extended. */
export interface StreakState {
  readonly days: number;
  readonly lastDay: LocalDay | null;
}

/** The streak after activity on `today`: extended from yesterday, kept within the same day, otherwise started anew. */
export function extendStreak(state: StreakState, today: LocalDay): StreakState {
  if (state.lastDay === today) return state;
  return { days: state.lastDay === previousDay(today) ? state.days + 1 : 1, lastDay: today };
}

/**
 * The kept streak as it stands at `now`: alive until `endsAt`, the local
 * midnight that ends the day after its last day (computed where the time zone
 * is, by the database); broken from then on.
 */
export function liveStreak(days: number, endsAt: Date | null, now: Date): number {
  return endsAt !== null && now < endsAt ? days : 0;
}
