import fc from 'fast-check';
import { SPOTLIGHT_SIZE, engagementScore, spotlight, spotlightSince, type Engagement } from './spotlight.js';

const now = new Date('2026-11-23T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
const moment = (id: string, days: number, reactions: number, comments = 0): Engagement => ({
  id,
  createdAt: daysAgo(days),
  reactions,
  comments,
});
const ids = (moments: Engagement[]) => moments.map((item) => item.id);
const same = (item: Engagement) => item;

describe('the spotlight', () => {
  it('ranks the last seven days by reactions plus comments, three at most', () => {
    const top = spotlight(
      [moment('quiet', 1, 0), moment('a', 1, 3), moment('b', 2, 1, 4), moment('c', 3, 1), moment('d', 6, 2), moment('old', 8, 9, 9)],
      same,
      now,
    );
    expect(ids(top)).toEqual(['b', 'a', 'd']);
  });

  it('prefers the newer moment on a tie, then the greater id, and leaves out what nobody reacted to', () => {
    expect(ids(spotlight([moment('older', 5, 1, 1), moment('newer', 1, 2)], same, now))).toEqual(['newer', 'older']);
    expect(ids(spotlight([moment('a1', 1, 2), moment('b2', 1, 2)], same, now))).toEqual(['b2', 'a1']);
    expect(spotlight([moment('quiet', 1, 0)], same, now)).toEqual([]);
  });

  it('includes a moment exactly seven days old and not one a millisecond older', () => {
    const edge = { id: 'edge', createdAt: spotlightSince(now), reactions: 1, comments: 0 };
    const before = { id: 'before', createdAt: new Date(spotlightSince(now).getTime() - 1), reactions: 5, comments: 0 };
    expect(ids(spotlight([edge, before], same, now))).toEqual(['edge']);
  });

  it('is a descending, size-bounded pick of the engaged moments of the window', () => {
    const arbitraryMoment = fc.record({
      id: fc.uuid(),
      createdAt: fc.integer({ min: 0, max: 10 * 86_400_000 }).map((ago) => new Date(now.getTime() - ago)),
      reactions: fc.nat(6),
      comments: fc.nat(3),
    });
    fc.assert(
      fc.property(fc.uniqueArray(arbitraryMoment, { selector: (item) => item.id, maxLength: 40 }), (moments) => {
        const top = spotlight(moments, same, now);
        const eligible = moments.filter((item) => item.createdAt >= spotlightSince(now) && engagementScore(item) > 0);
        expect(top).toHaveLength(Math.min(SPOTLIGHT_SIZE, eligible.length));
        for (let i = 1; i < top.length; i++) expect(engagementScore(top[i - 1]!)).toBeGreaterThanOrEqual(engagementScore(top[i]!));
        const lowestShown = top.length ? engagementScore(top.at(-1)!) : Infinity;
        for (const left of eligible.filter((item) => !top.includes(item))) expect(engagementScore(left)).toBeLessThanOrEqual(lowestShown);
      }),
    );
  });
});
