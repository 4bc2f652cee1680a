import fc from 'fast-check';
import { previousDay, type LocalDay } from '../calendar/calendar.js';
import { extendStreak, liveStreak, type StreakState } from './streaks.js';

/**
 * The rule itself, the reference the kept streak is checked against:
 * consecutive days with at least one completion, counted back from `today`.
 * A streak is still alive on a day that has no completion yet: it then counts
 * back from yesterday, so nobody loses their streak at midnight.
 */
function streakDays(activeDays: Iterable<LocalDay>, today: LocalDay): number {
  const days = new Set(activeDays);
  let day = days.has(today) ? today : previousDay(today);
  let streak = 0;
  while (days.has(day)) {
    streak++;
    day = previousDay(day);
  }
  return streak;
}

describe('the streak rule (the reference)', () => {
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

describe('a kept streak', () => {
  const NONE: StreakState = { days: 0, lastDay: null };
  const day = (offset: number): LocalDay => new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

  it('starts, grows day by day, holds within a day and restarts after a gap', () => {
    const first = extendStreak(NONE, '2026-05-08');
    expect(first).toEqual({ days: 1, lastDay: '2026-05-08' });
    expect(extendStreak(first, '2026-05-08')).toBe(first);
    const second = extendStreak(first, '2026-05-09');
    expect(second).toEqual({ days: 2, lastDay: '2026-05-09' });
    expect(extendStreak(second, '2026-05-11')).toEqual({ days: 1, lastDay: '2026-05-11' });
  });

  it('reads as alive until it ends, and as zero from then on', () => {
    const endsAt = new Date('2026-05-11T00:00:00Z');
    expect(liveStreak(4, endsAt, new Date('2026-05-10T23:59:59Z'))).toBe(4);
    expect(liveStreak(4, endsAt, endsAt)).toBe(0);
    expect(liveStreak(0, null, endsAt)).toBe(0);
  });

  it('always equals counting the active days themselves, whatever the days and the day it is read', () => {
    // Days in UTC here: the streak ends at the midnight after the day after its last day.
    const endOf = (lastDay: LocalDay | null) => (lastDay ? new Date(Date.parse(`${lastDay}T00:00:00Z`) + 2 * 86_400_000) : null);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 40 }),
        fc.integer({ min: 0, max: 70 }),
        fc.integer({ min: 0, max: 86_399_999 }),
        (offsets, readOn, within) => {
          const active = [...new Set(offsets)].sort((a, b) => a - b).filter((offset) => offset <= readOn);
          const kept = active.reduce((state, offset) => extendStreak(state, day(offset)), NONE);
          const now = new Date(Date.parse(`${day(readOn)}T00:00:00Z`) + within);
          expect(liveStreak(kept.days, endOf(kept.lastDay), now)).toBe(streakDays(active.map(day), day(readOn)));
        },
      ),
    );
  });
});
