import { InvalidInputError } from '../errors/domain-errors.js';

/**
 * The organisation's calendar: days and weeks as it lives them, in its IANA
 * time zone, whatever zone the server or the browser is in (weeks run Monday
 * 00:00 to the next Monday 00:00). Pure functions over Intl: the API (streaks,
 * the digest writer) and the portal (the digest's week picker) share them.
 */

/** A calendar day as `YYYY-MM-DD`, in some organisation's time zone. */
export type LocalDay = string;

export interface Week {
  /** The Monday, as a local day: the week's name in URLs. */
  readonly monday: LocalDay;
  readonly sunday: LocalDay;
  /** Monday 00:00 in the zone. */
  readonly from: Date;
  /** The next Monday 00:00 in the zone: the week is [from, to), 167 to 169 hours long across a clock change. */
  readonly to: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const LOCAL_DAY = /^\d{4}-\d{2}-\d{2}$/;

const clocks = new Map<string, Intl.DateTimeFormat>();

/** What a wall clock in `timeZone` reads at `instant`, counted as if that reading were UTC. */
function wallClock(instant: number, timeZone: string): number {
  let clock = clocks.get(timeZone);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    clocks.set(timeZone, clock);
  }
  const part = Object.fromEntries(clock.formatToParts(new Date(instant)).map(({ type, value }) => [type, Number(value)]));
  return Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!, part.second!);
}

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
  return addDays(day, -1);
}

/** True for a real calendar day written `YYYY-MM-DD` (from a URL, say). */
export function isLocalDay(text: string | null | undefined): text is LocalDay {
  if (!text || !LOCAL_DAY.test(text)) return false;
  const parsed = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed) && new Date(parsed).toISOString().startsWith(text);
}

export function addDays(day: LocalDay, days: number): LocalDay {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The instant `day` begins in `timeZone`: its midnight, or the end of the clock change when midnight is skipped. */
export function startOfLocalDay(day: LocalDay, timeZone: string): Date {
  const midnight = Date.parse(`${day}T00:00:00Z`);
  const offsetAt = (instant: number) => wallClock(instant, timeZone) - instant;
  // The zone's offset before and after a possible clock change near midnight: one of the two is right.
  const first = midnight - offsetAt(midnight);
  const second = midnight - offsetAt(first);
  const onTheDay = [first, second].filter((instant) => localDay(new Date(instant), timeZone) === day);
  return new Date(onTheDay.length > 0 ? Math.min(...onTheDay) : Math.max(first, second));
}

/** The week that starts on `monday` (any day is moved back to its Monday). */
export function weekStarting(day: LocalDay, timeZone: string): Week {
  const daysSinceMonday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  const monday = addDays(day, -daysSinceMonday);
  const next = addDays(monday, 7);
  return { monday, sunday: addDays(monday, 6), from: startOfLocalDay(monday, timeZone), to: startOfLocalDay(next, timeZone) };
}

/** The week `instant` falls in, in `timeZone`. */
export function weekOf(instant: Date, timeZone: string): Week {
  return weekStarting(localDay(instant, timeZone), timeZone);
}

/** The week `now` falls in and the `count - 1` before it, newest first. */
export function recentWeeks(now: Date, timeZone: string, count: number): Week[] {
  const current = weekOf(now, timeZone);
  return Array.from({ length: count }, (_, index) => (index === 0 ? current : weekStarting(addDays(current.monday, -7 * index), timeZone)));
}
