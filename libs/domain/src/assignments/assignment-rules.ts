import type { EnrollmentStatus } from '../learning/course-progress.js';

/** The most people one assignment names; a team is assigned whole with its teamId. */
export const MAX_ASSIGNEES = 500;

/** Follows the assignee's enrollment in the course. */
export const AssignmentStatus = { ASSIGNED: 'ASSIGNED', IN_PROGRESS: 'IN_PROGRESS', COMPLETED: 'COMPLETED' } as const;
export type AssignmentStatus = (typeof AssignmentStatus)[keyof typeof AssignmentStatus];

/** An assignment's status follows the assignee's enrollment in the course. */
export function assignmentStatus(enrollment: EnrollmentStatus | null): AssignmentStatus {
  if (enrollment === 'COMPLETED') return 'COMPLETED';
  return enrollment === 'IN_PROGRESS' ? 'IN_PROGRESS' : 'ASSIGNED';
}

/** Overdue: past its due date and not completed. */
export function isOverdue(status: AssignmentStatus, dueAt: Date | null, now: Date): boolean {
  return status !== 'COMPLETED' && dueAt !== null && dueAt.getTime() < now.getTime();
}

/** Overdue first, then by due date (undated last), then the oldest assignment first. */
export function compareAssignments(
  a: { readonly overdue: boolean; readonly dueAt: Date | null; readonly createdAt: Date },
  b: { readonly overdue: boolean; readonly dueAt: Date | null; readonly createdAt: Date },
): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  const due = (value: Date | null) => value?.getTime() ?? Number.POSITIVE_INFINITY;
  return due(a.dueAt) - due(b.dueAt) || a.createdAt.getTime() - b.createdAt.getTime();
}
