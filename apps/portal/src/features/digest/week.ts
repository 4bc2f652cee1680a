import { addDays, type Week } from '@laurels/domain';

/** How the digest writes weeks; the weeks themselves are the organisation's calendar (@laurels/domain). */

const dayMonth = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short' });
const dayOnly = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric' });
const monthOnly = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'short' });

/** "16–22 Nov", "30 Nov – 6 Dec", "29 Dec 2025 – 4 Jan 2026" (the year when asked, or when the week spans two). */
export function weekRange(week: Week, withYear = false): string {
  const monday = new Date(`${week.monday}T00:00:00Z`);
  const sunday = new Date(`${week.sunday}T00:00:00Z`);
  const spansYears = monday.getUTCFullYear() !== sunday.getUTCFullYear();
  const year = (date: Date) => (withYear || spansYears ? ` ${date.getUTCFullYear()}` : '');
  if (spansYears) return `${dayMonth.format(monday)}${year(monday)} – ${dayMonth.format(sunday)}${year(sunday)}`;
  if (monday.getUTCMonth() === sunday.getUTCMonth())
    return `${dayOnly.format(monday)}–${dayOnly.format(sunday)} ${monthOnly.format(sunday)}${year(sunday)}`;
  return `${dayMonth.format(monday)} – ${dayMonth.format(sunday)}${year(sunday)}`;
}

/** "This week", "Last week", or the dates, with the year when it is not the current week's. */
export function weekLabel(week: Week, current: Week): string {
  if (week.monday === current.monday) return 'This week';
  if (week.monday === addDays(current.monday, -7)) return 'Last week';
  return weekRange(week, week.sunday.slice(0, 4) !== current.monday.slice(0, 4));
}
