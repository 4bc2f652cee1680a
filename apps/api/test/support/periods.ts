/**
 * The plain reference calendar for leaderboard tests: local days and period
 * starts from Intl (the runtime's time zone data), independent of the SQL
 * the API computes them with.
 */

export type Period = 'WEEK' | 'MONTH' | 'QUARTER' | 'ALL_TIME';
export type CalendarPeriod = Exclude<Period, 'ALL_TIME'>;

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The wall clock in a time zone at an instant. */
export function wallClock(instant: Date, timeZone: string) {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    weekday: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  const number = (type: string) => Number(parts[type]);
  return {
    year: number('year'),
    month: number('month'),
    day: number('day'),
    hour: number('hour'),
    minute: number('minute'),
    second: number('second'),
    weekday: WEEKDAYS.indexOf(parts.weekday!),
  };
}

/** How far the time zone's wall clock is ahead of UTC at an instant, in ms. */
function offsetAt(instant: number, timeZone: string): number {
  const wall = wallClock(new Date(instant), timeZone);
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) - Math.floor(instant / 1000) * 1000;
}

/** The instant a local calendar day begins in a time zone (day may under- or overflow the month). */
export function localMidnight(year: number, month: number, day: number, timeZone: string): Date {
  const wall = Date.UTC(year, month - 1, day);
  let instant = wall;
  for (let round = 0; round < 3; round++) instant = wall - offsetAt(instant, timeZone);
  return new Date(instant);
}

/** The local day (year, month, day, any of which may overflow) on which the week (from Monday), month or quarter holding `instant` began. */
function startDay(instant: Date, timeZone: string, period: CalendarPeriod): [number, number, number] {
  const { year, month, day, weekday } = wallClock(instant, timeZone);
  switch (period) {
    case 'WEEK':
      return [year, month, day - weekday];
    case 'MONTH':
      return [year, month, 1];
    case 'QUARTER':
      return [year, month - ((month - 1) % 3), 1];
  }
}

/** Where the week, month or quarter holding `now` began in the time zone; null for all time. */
export function periodStart(now: Date, timeZone: string, period: Period): Date | null {
  return period === 'ALL_TIME' ? null : localMidnight(...startDay(now, timeZone, period), timeZone);
}

/** The local day, as YYYY-MM-DD, on which the week, month or quarter holding `instant` began in the time zone. */
export function periodStartDay(instant: Date, timeZone: string, period: CalendarPeriod): string {
  const [year, month, day] = startDay(instant, timeZone, period);
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}
