/** A course as a path lists it. */
export interface PathCourse {
  readonly id: string;
  readonly title: string;
  readonly status: string;
}

export interface PathDraft {
  readonly title: string;
  readonly description: string;
  readonly courses: readonly PathCourse[];
}

export type PathProblems = Partial<Record<'title' | 'description' | 'courseIds', string>>;

/** The list with the item at `index` moved one place up (-1) or down (+1); unchanged at either end. */
export function moveItem<T>(items: readonly T[], index: number, step: -1 | 1): T[] {
  const target = index + step;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const next = [...items];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** Adds a course at the end, once. */
export function withCourse(courses: readonly PathCourse[], course: PathCourse): PathCourse[] {
  return courses.some((held) => held.id === course.id) ? [...courses] : [...courses, course];
}

/** The server's checks, in its words, made before sending. */
export function pathProblems(draft: PathDraft): PathProblems {
  const problems: PathProblems = {};
  const title = draft.title.trim();
  if (title.length < 1 || title.length > 120) problems.title = 'Title must be 1 to 120 characters';
  if (draft.description.trim().length > 1000) problems.description = 'Description must be at most 1000 characters';
  if (draft.courses.length === 0) problems.courseIds = 'A learning path needs at least one course';
  else if (draft.courses.length > 30) problems.courseIds = 'A learning path holds at most 30 courses';
  return problems;
}
