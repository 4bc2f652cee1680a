import { describe, expect, it } from 'vitest';
import { BLANK_COURSE, courseInput, courseProblems } from './courseDraft';

describe('courseProblems', () => {
  it('names every missing field in words on an empty form, not only the title', () => {
    expect(courseProblems(BLANK_COURSE)).toEqual({
      title: 'Title must be 1 to 120 characters',
      summary: 'Summary must be 1 to 1000 characters',
      skills: 'Skills must name at least one skill',
    });
  });

  it('refuses numbers out of range or not whole, and too many skills', () => {
    const draft = { title: 'Calm calls', summary: 'Staying calm', skills: Array.from({ length: 11 }, (_, i) => `s${i}`).join(', ') };
    expect(courseProblems({ ...draft, estimatedMinutes: '0', points: '2.5' })).toEqual({
      skills: 'Skills may hold at most 10 items',
      estimatedMinutes: 'Estimated minutes must be a whole number from 1 to 1000',
      points: 'Points must be a whole number from 0 to 1000',
    });
  });

  it('accepts a complete course and turns it into the API’s input', () => {
    const draft = { title: ' Calm calls ', summary: 'Staying calm', skills: 'empathy, , listening ', estimatedMinutes: '15', points: '0' };
    expect(courseProblems(draft)).toEqual({});
    expect(courseInput(draft)).toEqual({
      title: 'Calm calls',
      summary: 'Staying calm',
      skills: ['empathy', 'listening'],
      estimatedMinutes: 15,
      points: 0,
    });
  });
});
