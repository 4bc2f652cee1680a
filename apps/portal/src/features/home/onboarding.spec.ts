import { describe, expect, it } from 'vitest';
import { onboardingProgress } from './onboarding';

const assignment = (id: string, status: string, dueAt: string | null = '2027-01-30T00:00:00.000Z') => ({
  status,
  dueAt,
  course: { id, title: `Course ${id}` },
});

describe('onboardingProgress', () => {
  it('counts the path’s courses done and points at the next one in the path’s order', () => {
    const progress = onboardingProgress(
      ['a', 'b', 'c'],
      [assignment('c', 'ASSIGNED'), assignment('a', 'COMPLETED'), assignment('x', 'ASSIGNED')],
    );
    expect(progress).toEqual({ done: 1, total: 2, next: { id: 'c', title: 'Course c' }, dueAt: '2027-01-30T00:00:00.000Z' });
  });

  it('is null for someone never assigned the path, or done with it', () => {
    expect(onboardingProgress(['a'], [assignment('x', 'ASSIGNED')])).toBeNull();
    expect(onboardingProgress(['a', 'b'], [assignment('a', 'COMPLETED'), assignment('b', 'COMPLETED')])).toBeNull();
  });
});
