import { milestoneProgress, milestoneReached, validateMilestone } from './milestone-rules.js';

const at = (iso: string) => new Date(iso);

describe('milestone progress', () => {
  it('is the share of the target, capped at 1', () => {
    expect(milestoneProgress({ metric: 'MODULES_COMPLETED', target: 40 }, 10)).toBe(0.25);
    expect(milestoneProgress({ metric: 'MODULES_COMPLETED', target: 40 }, 55)).toBe(1);
  });

  it('measures an average CSAT against its target', () => {
    expect(milestoneProgress({ metric: 'AVERAGE_CSAT', target: 4.5 }, 4.05)).toBeCloseTo(0.9);
    expect(milestoneReached({ metric: 'AVERAGE_CSAT', target: 4.5 }, 4.5, 5)).toBe(true);
    expect(milestoneReached({ metric: 'AVERAGE_CSAT', target: 4.5 }, 4.49, 40)).toBe(false);
  });

  it('does not reach an average CSAT on fewer than five answers', () => {
    expect(milestoneReached({ metric: 'AVERAGE_CSAT', target: 4.5 }, 5, 4)).toBe(false);
    expect(milestoneReached({ metric: 'FEEDBACK_COUNT', target: 3 }, 3)).toBe(true);
  });
});

describe('validateMilestone', () => {
  const window = { startsAt: at('2026-11-01T00:00:00Z'), endsAt: at('2026-12-01T00:00:00Z') };

  it('accepts whole counts and CSAT targets from 1 to 5', () => {
    expect(() => validateMilestone({ metric: 'COURSES_COMPLETED', target: 20, ...window })).not.toThrow();
    expect(() => validateMilestone({ metric: 'AVERAGE_CSAT', target: 4.6, ...window })).not.toThrow();
  });

  it('refuses fractional or non-positive counts, CSAT targets outside 1..5 and reversed windows', () => {
    expect(() => validateMilestone({ metric: 'POINTS_EARNED', target: 2.5, ...window })).toThrow('whole number');
    expect(() => validateMilestone({ metric: 'FEEDBACK_COUNT', target: 0, ...window })).toThrow('whole number');
    expect(() => validateMilestone({ metric: 'AVERAGE_CSAT', target: 6, ...window })).toThrow('between 1 and 5');
    expect(() => validateMilestone({ metric: 'AVERAGE_CSAT', target: Number.NaN, ...window })).toThrow('between 1 and 5');
    expect(() => validateMilestone({ metric: 'KUDOS_RECEIVED', target: 5, startsAt: window.endsAt, endsAt: window.startsAt })).toThrow(
      'after startsAt',
    );
  });
});

describe('an NPS milestone', () => {
  const nps = { metric: 'NPS', target: 20 } as const;
  const window = { startsAt: new Date('2026-01-01'), endsAt: null };

  it('counts from -100 toward its target, and needs five answers to be reached', () => {
    expect(milestoneProgress(nps, -100)).toBe(0);
    expect(milestoneProgress(nps, -40)).toBe(0.5);
    expect(milestoneReached(nps, 40, 4)).toBe(false);
    expect(milestoneReached(nps, 40, 5)).toBe(true);
    expect(milestoneReached(nps, 10, 9)).toBe(false);
  });

  it('takes a whole target from -100 to 100', () => {
    expect(() => validateMilestone({ ...nps, ...window, target: -100 })).not.toThrow();
    expect(() => validateMilestone({ ...nps, ...window, target: 101 })).toThrow(expect.objectContaining({ field: 'target' }));
    expect(() => validateMilestone({ ...nps, ...window, target: -101 })).toThrow(expect.objectContaining({ field: 'target' }));
  });
});
