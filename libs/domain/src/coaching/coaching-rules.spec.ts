import { CoachingStatus, isLowRating, nextCoachingStatus, validateFollowUp } from './coaching-rules.js';

describe('coaching', () => {
  it('calls for it on a CSAT of 2 or less, or an NPS answer of 6 or less', () => {
    expect(isLowRating({ csat: 2 })).toBe(true);
    expect(isLowRating({ csat: 3, nps: 6 })).toBe(true);
    expect(isLowRating({ csat: 3, nps: 7 })).toBe(false);
    expect(isLowRating({ csat: 5, nps: null })).toBe(false);
  });

  it('plans a follow-up for today or later', () => {
    const now = new Date('2026-12-07T15:00:00Z');
    expect(() => validateFollowUp(new Date('2026-12-07T00:00:00Z'), now)).not.toThrow();
    expect(() => validateFollowUp(null, now)).not.toThrow();
    expect(() => validateFollowUp(new Date('2026-12-06T23:59:59Z'), now)).toThrow(expect.objectContaining({ field: 'followUpAt' }));
  });

  it('is acknowledged once, while open, and completed once', () => {
    expect(nextCoachingStatus(CoachingStatus.OPEN, 'ACKNOWLEDGE')).toBe('ACKNOWLEDGED');
    expect(() => nextCoachingStatus(CoachingStatus.ACKNOWLEDGED, 'ACKNOWLEDGE')).toThrow(/already acknowledged/);
    expect(nextCoachingStatus(CoachingStatus.ACKNOWLEDGED, 'COMPLETE')).toBe('COMPLETED');
    expect(nextCoachingStatus(CoachingStatus.OPEN, 'COMPLETE')).toBe('COMPLETED');
    expect(() => nextCoachingStatus(CoachingStatus.COMPLETED, 'COMPLETE')).toThrow(/already completed/);
  });
});
