import { ConflictError, InvalidInputError } from '../errors/domain-errors.js';

/*
 * What editing a course does to the people taking it.
 *
 * - A recorded course completion stands. An enrollment completed before a module was
 *   added stays COMPLETED with progress 1: its completion, points, badges and
 *   credentials were earned against the course as it was then.
 * - An unfinished enrollment counts its passes of the modules the course has now
 *   (courseProgress clamps it to 0..1): adding a module lowers its progress, reordering
 *   changes nothing, and editing a quiz keeps its passes (a pass is a fact of the past).
 * - A module can be removed only while nobody has passed it, so a removal never takes a
 *   pass away. It is refused as well when it would leave someone with every remaining
 *   module passed: a course completion (and what it earns) is recorded when a learner
 *   passes a module, never by an edit of the author's.
 */

/** The ids in their new order once `moving` is placed at the 0-based `position`. */
export function moveTo<T>(ordered: readonly T[], moving: T, position: number): T[] {
  const from = ordered.indexOf(moving);
  if (from < 0) throw new InvalidInputError('moduleId', 'the module is not part of this course');
  if (!Number.isInteger(position) || position < 0 || position >= ordered.length) {
    throw new InvalidInputError('position', `Position must be from 0 to ${ordered.length - 1}`);
  }
  const rest = ordered.filter((_, index) => index !== from);
  return [...rest.slice(0, position), moving, ...rest.slice(position)];
}

export interface ModuleRemovalImpact {
  /** People who passed the module in any cycle. */
  readonly passedBy: number;
  /** Unfinished enrollments that have passed every other module of the course. */
  readonly wouldFinish: number;
}

/** Refuses the removal of a module that someone passed, or whose removal would finish the course for someone. */
export function checkModuleRemoval(impact: ModuleRemovalImpact): void {
  if (impact.passedBy > 0) {
    throw new ConflictError(
      'moduleId',
      `${people(impact.passedBy)} already completed this module, so it cannot be removed; archive the course instead and create a new one`,
    );
  }
  if (impact.wouldFinish > 0) {
    throw new ConflictError(
      'moduleId',
      `${people(impact.wouldFinish)} passed every other module, so removing this one would finish the course without recording it; archive the course instead`,
    );
  }
}

function people(count: number): string {
  return count === 1 ? '1 person has' : `${count} people have`;
}
