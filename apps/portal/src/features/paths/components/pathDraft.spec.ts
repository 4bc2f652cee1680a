import { describe, expect, it } from 'vitest';
import { moveItem, pathProblems, withCourse } from './pathDraft';

const course = (id: string) => ({ id, title: `Course ${id}`, status: 'PUBLISHED' });

describe('moveItem', () => {
  it('swaps an item with its neighbour and leaves the ends alone', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('withCourse', () => {
  it('adds a course at the end, never twice', () => {
    expect(withCourse([course('a')], course('b')).map((c) => c.id)).toEqual(['a', 'b']);
    expect(withCourse([course('a')], course('a')).map((c) => c.id)).toEqual(['a']);
  });
});

describe('pathProblems', () => {
  it('names the title and the missing courses in words', () => {
    expect(pathProblems({ title: '', description: '', courses: [] })).toEqual({
      title: 'Title must be 1 to 120 characters',
      courseIds: 'A learning path needs at least one course',
    });
    expect(pathProblems({ title: 'Onboarding', description: '', courses: [course('a')] })).toEqual({});
  });
});
