import fc from 'fast-check';
import { rankBehind, rankStandard } from './ranking.js';

describe('rankStandard', () => {
  it('shares a rank between ties and skips the places they take (1, 1, 3)', () => {
    const ranked = rankStandard([
      { item: 'ava', points: 40 },
      { item: 'ben', points: 70 },
      { item: 'cy', points: 70 },
      { item: 'di', points: 10 },
    ]);
    expect(ranked.map((entry) => [entry.item, entry.rank])).toEqual([
      ['ben', 1],
      ['cy', 1],
      ['ava', 3],
      ['di', 4],
    ]);
  });

  it('ranks a place nobody outscores first, and one behind three places fourth', () => {
    expect([rankBehind(0), rankBehind(3)]).toEqual([1, 4]);
  });

  it('ranks nobody from nothing', () => {
    expect(rankStandard([])).toEqual([]);
  });

  it('gives each entry one plus the number of entries with strictly more points (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 60 }), (points) => {
        const ranked = rankStandard(points.map((value, index) => ({ item: index, points: value })));
        expect(ranked).toHaveLength(points.length);
        for (const entry of ranked) {
          expect(entry.rank).toBe(rankBehind(points.filter((value) => value > entry.points).length));
        }
        for (let i = 1; i < ranked.length; i++) expect(ranked[i]!.points).toBeLessThanOrEqual(ranked[i - 1]!.points);
      }),
    );
  });
});
