import fc from 'fast-check';
import { isTimeZone, localDay, previousDay, streakDays } from './streaks.js';

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

describe('streakDays', () => {
  it('is zero without activity', () => {
    expect(streakDays([], '2026-05-10')).toBe(0);
  });

  it('counts consecutive days ending today', () => {
    expect(streakDays(['2026-05-08', '2026-05-09', '2026-05-10'], '2026-05-10')).toBe(3);
  });

  it('stays alive through today when yesterday was active', () => {
    expect(streakDays(['2026-05-08', '2026-05-09'], '2026-05-10')).toBe(2);
  });

  it('breaks on a missed day', () => {
    expect(streakDays(['2026-05-06', '2026-05-07', '2026-05-09', '2026-05-10'], '2026-05-10')).toBe(2);
    expect(streakDays(['2026-05-07', '2026-05-08'], '2026-05-10')).toBe(0);
  });

  it('counts a run of n days ending today as n, whatever came before the gap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.array(fc.integer({ min: 2, max: 900 })), (length, older) => {
        const today = '2026-05-10';
        const run: string[] = [today];
        while (run.length < length) run.push(previousDay(run[run.length - 1]!));
        const gap = previousDay(run[run.length - 1]!);
        const before = older.map((offset) => {
          let day = gap;
          for (let i = 0; i < offset; i++) day = previousDay(day);
          return day;
        });
        expect(streakDays([...before, ...run], today)).toBe(length);
      }),
      { numRuns: 50 },
    );
  });

  it('ignores duplicates and order', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(['2026-05-08', '2026-05-09', '2026-05-10', '2026-05-10']), (days) => {
        const expected = streakDays([...new Set(days)].sort(), '2026-05-10');
        expect(streakDays(days, '2026-05-10')).toBe(expected);
      }),
    );
  });
});
