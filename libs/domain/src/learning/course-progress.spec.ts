import { courseProgress, enrollmentStatus, isCourseComplete } from './course-progress.js';

describe('course progress', () => {
  it('is the share of modules passed', () => {
    expect(courseProgress(0, 4)).toBe(0);
    expect(courseProgress(1, 4)).toBe(0.25);
    expect(courseProgress(4, 4)).toBe(1);
  });

  it('has no progress in an empty course and never exceeds 1', () => {
    expect(courseProgress(0, 0)).toBe(0);
    expect(courseProgress(5, 4)).toBe(1);
  });

  it('completes a course only when every module is passed', () => {
    expect(isCourseComplete(3, 4)).toBe(false);
    expect(isCourseComplete(4, 4)).toBe(true);
    expect(isCourseComplete(0, 0)).toBe(false);
  });

  it('moves from not started to in progress to completed', () => {
    expect(enrollmentStatus(0, 3)).toBe('NOT_STARTED');
    expect(enrollmentStatus(1, 3)).toBe('IN_PROGRESS');
    expect(enrollmentStatus(3, 3)).toBe('COMPLETED');
  });
});
