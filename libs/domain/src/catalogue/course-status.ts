/** A course's life: drafted, published to learners, archived when retired (never published again). */
export const CourseStatus = { DRAFT: 'DRAFT', PUBLISHED: 'PUBLISHED', ARCHIVED: 'ARCHIVED' } as const;
export type CourseStatus = (typeof CourseStatus)[keyof typeof CourseStatus];
