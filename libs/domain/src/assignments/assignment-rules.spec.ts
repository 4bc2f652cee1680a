import { assignmentStatus, compareAssignments, isOverdue } from './assignment-rules.js';

const now = new Date('2026-11-23T12:00:00Z');
const day = (offset: number) => new Date(now.getTime() + offset * 24 * 60 * 60 * 1000);

describe('assignment status', () => {
  it('follows the enrollment', () => {
    expect(assignmentStatus(null)).toBe('ASSIGNED');
    expect(assignmentStatus('NOT_STARTED')).toBe('ASSIGNED');
    expect(assignmentStatus('IN_PROGRESS')).toBe('IN_PROGRESS');
    expect(assignmentStatus('COMPLETED')).toBe('COMPLETED');
  });

  it('is overdue only past the due date and while not completed', () => {
    expect(isOverdue('ASSIGNED', day(-1), now)).toBe(true);
    expect(isOverdue('IN_PROGRESS', day(1), now)).toBe(false);
    expect(isOverdue('COMPLETED', day(-5), now)).toBe(false);
    expect(isOverdue('ASSIGNED', null, now)).toBe(false);
  });
});

describe('compareAssignments', () => {
  it('puts overdue work first, then the nearest due date, undated last', () => {
    const items = [
      { name: 'undated', overdue: false, dueAt: null, createdAt: day(-9) },
      { name: 'next week', overdue: false, dueAt: day(7), createdAt: day(-8) },
      { name: 'late', overdue: true, dueAt: day(-2), createdAt: day(-7) },
      { name: 'tomorrow', overdue: false, dueAt: day(1), createdAt: day(-6) },
      { name: 'later', overdue: true, dueAt: day(-1), createdAt: day(-5) },
    ];
    expect(items.sort(compareAssignments).map((item) => item.name)).toEqual(['late', 'later', 'tomorrow', 'next week', 'undated']);
  });
});
