import { anniversaryMonthDays, anniversaryTitle, anniversaryUtcCandidates, monthDay, yearsSince } from './anniversaries.js';

describe('work anniversaries', () => {
  it('fall on the same month and day, leap-day starters on February 28th when the year has no 29th', () => {
    expect(anniversaryMonthDays('2026-03-15')).toEqual([315]);
    expect(anniversaryMonthDays('2027-02-28')).toEqual([228, 229]);
    expect(anniversaryMonthDays('2028-02-28')).toEqual([228]);
    expect(anniversaryMonthDays('2028-02-29')).toEqual([229]);
  });

  it('look up starts a day either side in UTC, across month and year ends', () => {
    expect(anniversaryUtcCandidates('2026-12-31').sort()).toEqual([1230, 1231, 101].sort());
    expect(anniversaryUtcCandidates('2027-03-01').sort()).toEqual([228, 229, 301, 302].sort());
    expect(anniversaryUtcCandidates('2028-03-01').sort()).toEqual([229, 301, 302].sort());
  });

  it('count whole calendar years and read as the feed shows them', () => {
    expect(monthDay('2026-07-04')).toBe(704);
    expect(yearsSince('2023-12-07', '2026-12-07')).toBe(3);
    expect(anniversaryTitle('Ana Lopez', 3, 'Acme')).toBe('Ana Lopez: 3 years at Acme');
    expect(anniversaryTitle('Ben Ode', 1, 'Acme')).toBe('Ben Ode: 1 year at Acme');
  });
});
