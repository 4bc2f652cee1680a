import { describe, expect, it } from 'vitest';
import { behindOrDueSoon, dueLabel } from './due';

const now = new Date(2026, 11, 6, 10, 0);
const inDays = (days: number) => new Date(2026, 11, 6 + days, 15, 0).toISOString();

describe('a manager’s view of open assignments', () => {
  it('keeps the overdue ones and those due within a week, leaving later and undated ones', () => {
    const assignments = [
      { id: 'late', overdue: true, dueAt: inDays(-2) },
      { id: 'soon', overdue: false, dueAt: inDays(3) },
      { id: 'later', overdue: false, dueAt: inDays(20) },
      { id: 'undated', overdue: false, dueAt: null },
    ];
    expect(behindOrDueSoon(assignments, now).map((assignment) => assignment.id)).toEqual(['late', 'soon']);
  });

  it('says how late or how soon, in days', () => {
    expect(dueLabel(inDays(-1), now)).toBe('1 day overdue');
    expect(dueLabel(inDays(-3), now)).toBe('3 days overdue');
    expect(dueLabel(inDays(0), now)).toBe('due today');
    expect(dueLabel(inDays(1), now)).toBe('due tomorrow');
    expect(dueLabel(inDays(5), now)).toBe('due in 5 days');
  });
});
