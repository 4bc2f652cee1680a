interface PathAssignment {
  readonly status: string;
  readonly dueAt?: string | null;
  readonly course: { readonly id: string; readonly title: string };
}

export interface OnboardingProgress {
  readonly done: number;
  readonly total: number;
  /** The first course of the path, in its order, not completed yet. */
  readonly next: { readonly id: string; readonly title: string } | null;
  /** The latest due date among the path's assignments. */
  readonly dueAt: string | null;
}

/**
 * How far the viewer is through the organisation's onboarding path, from the
 * assignments they have of its courses; null when they were never assigned it
 * (people there before onboarding was set) or have finished it.
 */
export function onboardingProgress<A extends PathAssignment>(
  pathCourseIds: readonly string[],
  assignments: readonly A[],
): OnboardingProgress | null {
  const byCourse = new Map(assignments.map((assignment) => [assignment.course.id, assignment]));
  const mine = pathCourseIds.flatMap((id) => byCourse.get(id) ?? []);
  if (mine.length === 0) return null;
  const done = mine.filter((assignment) => assignment.status === 'COMPLETED').length;
  if (done === mine.length) return null;
  const dueDates = mine.flatMap((assignment) => (assignment.dueAt ? [assignment.dueAt] : [])).sort();
  return {
    done,
    total: mine.length,
    next: mine.find((assignment) => assignment.status !== 'COMPLETED')!.course,
    dueAt: dueDates.at(-1) ?? null,
  };
}
