import { ConflictError, InvalidInputError } from '../errors/domain-errors.js';
import { checkModuleRemoval, moveTo } from './course-edits.js';
import { courseProgress, enrollmentStatus } from './course-progress.js';

describe('moveTo', () => {
  it('moves an item down, up, to the ends and onto its own place', () => {
    expect(moveTo(['a', 'b', 'c', 'd'], 'a', 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveTo(['a', 'b', 'c', 'd'], 'd', 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveTo(['a', 'b', 'c', 'd'], 'b', 3)).toEqual(['a', 'c', 'd', 'b']);
    expect(moveTo(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'b', 'c']);
  });

  it('refuses a position outside the list, naming the field', () => {
    expect(() => moveTo(['a', 'b'], 'a', 2)).toThrow(new InvalidInputError('position', 'Position must be from 0 to 1'));
    expect(() => moveTo(['a', 'b'], 'a', -1)).toThrow(InvalidInputError);
    expect(() => moveTo(['a', 'b'], 'a', 0.5)).toThrow(InvalidInputError);
  });

  it('refuses an item that is not in the list', () => {
    expect(() => moveTo(['a'], 'z', 0)).toThrow(InvalidInputError);
  });
});

describe('checkModuleRemoval', () => {
  it('allows removing a module nobody passed and whose removal finishes nobody', () => {
    expect(() => checkModuleRemoval({ passedBy: 0, wouldFinish: 0 })).not.toThrow();
  });

  it('refuses once someone passed it, telling to archive the course', () => {
    expect(() => checkModuleRemoval({ passedBy: 1, wouldFinish: 0 })).toThrow(ConflictError);
    expect(() => checkModuleRemoval({ passedBy: 3, wouldFinish: 0 })).toThrow(
      /3 people have already completed this module.*archive the course/,
    );
  });

  it('refuses when the removal would finish the course for someone without recording it', () => {
    expect(() => checkModuleRemoval({ passedBy: 0, wouldFinish: 1 })).toThrow(/1 person has passed every other module/);
  });
});

describe('progress of an unfinished enrollment as the course changes', () => {
  it('drops when a module is added and never exceeds 1 or goes below 0', () => {
    expect(courseProgress(2, 2)).toBe(1);
    expect(courseProgress(2, 3)).toBeCloseTo(2 / 3);
    expect(enrollmentStatus(2, 3)).toBe('IN_PROGRESS');
    expect(courseProgress(3, 2)).toBe(1);
    expect(courseProgress(-1, 2)).toBe(0);
  });
});
