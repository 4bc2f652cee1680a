import { recentWeeks } from '@laurels/domain';
import { weekLabel, weekRange } from './week';

describe('weekLabel', () => {
  const weeks = recentWeeks(new Date('2026-11-23T13:00:00Z'), 'Europe/London', 5);
  const current = weeks[0]!;

  it('names this week and last week, and dates the others', () => {
    expect(weeks.map((week) => weekLabel(week, current))).toEqual(['This week', 'Last week', '9–15 Nov', '2–8 Nov', '26 Oct – 1 Nov']);
  });

  it('adds the year to weeks of another year, and to weeks that span two', () => {
    const january = recentWeeks(new Date('2026-01-10T12:00:00Z'), 'UTC', 4);
    expect(january.map((week) => weekLabel(week, january[0]!))).toEqual(['This week', 'Last week', '22–28 Dec 2025', '15–21 Dec 2025']);
    expect(weekRange(january[1]!)).toBe('29 Dec 2025 – 4 Jan 2026');
    expect(weekRange(current, true)).toBe('23–29 Nov 2026');
  });
});
