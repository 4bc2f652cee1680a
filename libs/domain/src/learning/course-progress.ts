/** How far a learner is through a course. */
export const EnrollmentStatus = { NOT_STARTED: 'NOT_STARTED', IN_PROGRESS: 'IN_PROGRESS', COMPLETED: 'COMPLETED' } as const;
export type EnrollmentStatus = (typeof EnrollmentStatus)[keyof typeof EnrollmentStatus];

/** 0..1 share of a course's modules passed; an empty course has no progress. */
export function courseProgress(passedModules: number, totalModules: number): number {
  if (totalModules <= 0) return 0;
  return Math.min(1, Math.max(0, passedModules) / totalModules);
}

/** A course is completed when every one of its modules is passed. */
export function isCourseComplete(passedModules: number, totalModules: number): boolean {
  return totalModules > 0 && passedModules >= totalModules;
}

export function enrollmentStatus(passedModules: number, totalModules: number): EnrollmentStatus {
  if (isCourseComplete(passedModules, totalModules)) return 'COMPLETED';
  return passedModules > 0 ? 'IN_PROGRESS' : 'NOT_STARTED';
}
