import { InvalidInputError } from '../errors/domain-errors.js';

/** A course's life: drafted, published to learners, archived when retired (never published again). */
export const CourseStatus = { DRAFT: 'DRAFT', PUBLISHED: 'PUBLISHED', ARCHIVED: 'ARCHIVED' } as const;
export type CourseStatus = (typeof CourseStatus)[keyof typeof CourseStatus];

/** Only a published course can be enrolled in, assigned or completed; the message says why another cannot. */
export function requireOpenForLearning(course: { readonly status: CourseStatus; readonly title: string }, field: string): void {
  if (course.status === CourseStatus.ARCHIVED) throw new InvalidInputError(field, `“${course.title}” is archived`);
  if (course.status !== CourseStatus.PUBLISHED) throw new InvalidInputError(field, `“${course.title}” is not published yet`);
}
