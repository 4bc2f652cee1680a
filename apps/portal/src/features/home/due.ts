/** How many days ahead an open assignment counts as due soon on a manager's home. */
export const DUE_SOON_DAYS = 7;

interface OpenAssignment {
  readonly overdue: boolean;
  readonly dueAt?: string | null;
}

/** Overdue ones, then those due within DUE_SOON_DAYS: who is behind, or about to be. */
export function behindOrDueSoon<A extends OpenAssignment>(assignments: readonly A[], now = new Date()): A[] {
  const horizon = now.getTime() + DUE_SOON_DAYS * 24 * 60 * 60 * 1000;
  return assignments.filter(
    (assignment) => assignment.overdue || (assignment.dueAt != null && new Date(assignment.dueAt).getTime() <= horizon),
  );
}

/** "2 days overdue", "due today", "due in 3 days". */
export function dueLabel(dueAt: string, now = new Date()): string {
  const day = 24 * 60 * 60 * 1000;
  const startOf = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
  const days = Math.round((startOf(new Date(dueAt)) - startOf(now)) / day);
  if (days < 0) return `${-days} ${days === -1 ? 'day' : 'days'} overdue`;
  if (days === 0) return 'due today';
  if (days === 1) return 'due tomorrow';
  return `due in ${days} days`;
}
