import { onboardingDaysProblem, onboardingDueAt } from './onboarding-rules.js';

describe('onboardingDaysProblem', () => {
  it('accepts whole days from 1 to 365', () => {
    expect(onboardingDaysProblem(1)).toBeNull();
    expect(onboardingDaysProblem(365)).toBeNull();
  });

  it('refuses no days, days outside 1..365 and fractions', () => {
    expect(onboardingDaysProblem(null)).toMatch(/how many days/);
    for (const days of [0, -3, 366, 2.5])
      expect(onboardingDaysProblem(days)).toBe('New hires have 1 to 365 days for their onboarding path');
  });
});

describe('onboardingDueAt', () => {
  const now = new Date('2026-12-07T10:00:00Z');

  it('counts from the start date', () => {
    expect(onboardingDueAt(new Date('2027-01-04T00:00:00Z'), now, 30)).toEqual(new Date('2027-02-03T00:00:00Z'));
  });

  it('counts from today when the start date is unknown', () => {
    expect(onboardingDueAt(null, now, 14)).toEqual(new Date('2026-12-21T10:00:00Z'));
  });
});
