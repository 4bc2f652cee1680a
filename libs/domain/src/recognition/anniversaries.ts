import { addDays, type LocalDay } from '../calendar/calendar.js';

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** A day of the year as the anniversary index stores it: month × 100 + day (March 15th is 315). */
export const monthDay = (day: LocalDay) => Number(day.slice(5, 7)) * 100 + Number(day.slice(8, 10));

/**
 * The start days whose anniversary falls on `today`: the same month and day, and on February 28th
 * of a year without a 29th, those who started on a 29th as well.
 */
export function anniversaryMonthDays(today: LocalDay): number[] {
  const days = [monthDay(today)];
  if (today.slice(5) === '02-28' && !isLeapYear(Number(today.slice(0, 4)))) days.push(229);
  return days;
}

/**
 * The month-days, counted in UTC, that a start whose local day is one of `anniversaryMonthDays(today)`
 * may have: a zone is at most a day away from UTC, so the day before and after too. The index on
 * start dates is kept in UTC (one index for every organisation); the exact local day is checked after.
 */
export function anniversaryUtcCandidates(today: LocalDay): number[] {
  const around = [addDays(today, -1), today, addDays(today, 1)];
  return [...new Set(around.flatMap((day) => anniversaryMonthDays(day)))];
}

/** Whole years from the start day to `today`, counted by calendar years: 0 on the first day. */
export const yearsSince = (startedOn: LocalDay, today: LocalDay) => Number(today.slice(0, 4)) - Number(startedOn.slice(0, 4));

/** How a work anniversary reads on the feed: "Ana Lopez: 3 years at Acme". */
export function anniversaryTitle(personName: string, years: number, organizationName: string): string {
  return `${personName}: ${years} ${years === 1 ? 'year' : 'years'} at ${organizationName}`;
}
