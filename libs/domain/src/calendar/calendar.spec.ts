import { addDays, isLocalDay, isTimeZone, localDay, previousDay, recentWeeks, startOfLocalDay, weekOf, weekStarting } from './calendar.js';

const HOUR = 60 * 60 * 1000;
const hours = (week: { from: Date; to: Date }) => (week.to.getTime() - week.from.getTime()) / HOUR;

describe('localDay', () => {
  it('reads the calendar day in the organisation time zone', () => {
    const lateEvening = new Date('2026-03-01T23:30:00Z');
    expect(localDay(lateEvening, 'UTC')).toBe('2026-03-01');
    expect(localDay(lateEvening, 'Europe/Paris')).toBe('2026-03-02');
    expect(localDay(lateEvening, 'America/Los_Angeles')).toBe('2026-03-01');
  });

  it('rejects unknown time zones', () => {
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(() => localDay(new Date(), 'Mars/Olympus_Mons')).toThrow('not a known time zone');
  });
});

describe('previousDay', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(previousDay('2026-03-01')).toBe('2026-02-28');
    expect(previousDay('2028-03-01')).toBe('2028-02-29');
    expect(previousDay('2027-01-01')).toBe('2026-12-31');
  });
});

describe('weekOf', () => {
  it('runs from Monday 00:00 to the next Monday 00:00 in the organisation’s zone', () => {
    const week = weekOf(new Date('2026-11-18T15:00:00Z'), 'Europe/London');
    expect(week).toEqual({
      monday: '2026-11-16',
      sunday: '2026-11-22',
      from: new Date('2026-11-16T00:00:00Z'),
      to: new Date('2026-11-23T00:00:00Z'),
    });
  });

  it('already has a new week in Auckland while it is still Sunday in London', () => {
    const sundayNoonUtc = new Date('2026-11-22T12:00:00Z');
    expect(weekOf(sundayNoonUtc, 'Europe/London').monday).toBe('2026-11-16');
    const auckland = weekOf(sundayNoonUtc, 'Pacific/Auckland');
    expect(auckland.monday).toBe('2026-11-23');
    // Midnight in Auckland (NZDT, UTC+13) is 11:00 UTC the day before.
    expect(auckland.from).toEqual(new Date('2026-11-22T11:00:00Z'));
    expect(auckland.to).toEqual(new Date('2026-11-29T11:00:00Z'));
  });

  it('puts Monday 00:00 in the week it starts, and the instant before it in the week before', () => {
    const week = weekStarting('2026-11-23', 'Pacific/Auckland');
    expect(weekOf(week.from, 'Pacific/Auckland').monday).toBe('2026-11-23');
    expect(weekOf(new Date(week.from.getTime() - 1), 'Pacific/Auckland').monday).toBe('2026-11-16');
  });

  it('is 167 hours long when Auckland’s clocks go forward (27 September 2026)', () => {
    const week = weekStarting('2026-09-21', 'Pacific/Auckland');
    expect(week.from).toEqual(new Date('2026-09-20T12:00:00Z')); // NZST, UTC+12
    expect(week.to).toEqual(new Date('2026-09-27T11:00:00Z')); // NZDT, UTC+13
    expect(hours(week)).toBe(167);
  });

  it('is 169 hours long when Auckland’s clocks go back (5 April 2026)', () => {
    const week = weekStarting('2026-03-30', 'Pacific/Auckland');
    expect(week.from).toEqual(new Date('2026-03-29T11:00:00Z'));
    expect(week.to).toEqual(new Date('2026-04-05T12:00:00Z'));
    expect(hours(week)).toBe(169);
  });

  it('is 169 hours long when London’s clocks go back (25 October 2026)', () => {
    const week = weekOf(new Date('2026-10-25T12:00:00Z'), 'Europe/London');
    expect(week.monday).toBe('2026-10-19');
    expect(week.from).toEqual(new Date('2026-10-18T23:00:00Z')); // BST
    expect(week.to).toEqual(new Date('2026-10-26T00:00:00Z')); // GMT
    expect(hours(week)).toBe(169);
  });

  it('moves any day of a week back to its Monday', () => {
    expect(weekStarting('2026-11-22', 'UTC').monday).toBe('2026-11-16');
    expect(weekStarting('2026-11-16', 'UTC').monday).toBe('2026-11-16');
  });
});

describe('startOfLocalDay', () => {
  it.each([
    ['America/Santiago', '2026-09-06'],
    ['Asia/Beirut', '2026-03-29'],
    ['Pacific/Auckland', '2026-09-27'],
    ['Europe/London', '2026-03-29'],
    ['Asia/Kolkata', '2026-11-23'],
  ])('finds the first instant of the day in %s on %s, even when midnight is skipped', (zone, day) => {
    const start = startOfLocalDay(day, zone);
    expect(localDay(start, zone)).toBe(day);
    expect(localDay(new Date(start.getTime() - 1000), zone)).toBe(addDays(day, -1));
  });
});

describe('recentWeeks', () => {
  it('lists the current week and the ones before it, newest first, without gaps across clock changes', () => {
    const weeks = recentWeeks(new Date('2026-11-23T09:00:00Z'), 'Pacific/Auckland', 52);
    expect(weeks).toHaveLength(52);
    expect(weeks[0]!.monday).toBe('2026-11-23');
    for (let index = 1; index < weeks.length; index++) {
      expect(weeks[index]!.to).toEqual(weeks[index - 1]!.from);
      expect(weeks[index]!.monday).toBe(addDays(weeks[index - 1]!.monday, -7));
      expect([167, 168, 169]).toContain(hours(weeks[index]!));
    }
  });
});

describe('isLocalDay', () => {
  it('accepts real calendar days only', () => {
    expect(isLocalDay('2026-11-16')).toBe(true);
    expect(isLocalDay('2026-02-30')).toBe(false);
    expect(isLocalDay('2026-13-01')).toBe(false);
    expect(isLocalDay('16/11/2026')).toBe(false);
    expect(isLocalDay(null)).toBe(false);
  });
});
