import { describe, expect, it } from 'vitest';
import { allResults, groupResults, moveHighlight, type SearchAnswer } from './results';

const answer: SearchAnswer = {
  people: {
    nodes: [
      { id: 'p1', displayName: 'Élodie Durand', team: { name: 'Front Desk' } },
      { id: 'p2', displayName: 'Ed Moss' },
    ],
  },
  search: { courses: [{ id: 'c1', title: 'Empathy on the phone' }], badges: [], teams: [{ id: 't1', name: 'Escalations' }] },
};

describe('the shell search’s results', () => {
  it('groups people, courses, badges and teams in that order, each a link to its page, leaving out kinds that found nothing', () => {
    const groups = groupResults(answer);
    expect(groups.map((group) => group.title)).toEqual(['People', 'Courses', 'Teams']);
    expect(allResults(groups).map((result) => [result.label, result.detail ?? null, result.href])).toEqual([
      ['Élodie Durand', 'Front Desk', '/people/p1'],
      ['Ed Moss', null, '/people/p2'],
      ['Empathy on the phone', null, '/courses/c1'],
      ['Escalations', null, '/teams/t1'],
    ]);
  });

  it('finds nothing to group when nothing matched', () => {
    expect(groupResults({ people: { nodes: [] }, search: { courses: [], badges: [], teams: [] } })).toEqual([]);
  });

  it('moves the highlight across groups, wrapping at either end', () => {
    expect(moveHighlight(0, 4, 'ArrowDown')).toBe(1);
    expect(moveHighlight(3, 4, 'ArrowDown')).toBe(0);
    expect(moveHighlight(0, 4, 'ArrowUp')).toBe(3);
    expect(moveHighlight(2, 4, 'Home')).toBe(0);
    expect(moveHighlight(1, 4, 'End')).toBe(3);
    expect(moveHighlight(2, 4, 'a')).toBe(2);
    expect(moveHighlight(0, 0, 'ArrowDown')).toBe(0);
  });
});
