import { spotlight } from './spotlight';

const now = new Date('2026-11-23T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
const moment = (id: string, days: number, reactions: number[], comments = 0) => ({
  id,
  createdAt: daysAgo(days),
  reactions: reactions.map((count) => ({ count })),
  comments: Array.from({ length: comments }, (_, index) => ({ id: `${id}-${index}` })),
});

describe('spotlight', () => {
  it('ranks the last seven days by reactions plus comments, three at most', () => {
    const top = spotlight([moment('quiet', 1, []), moment('a', 1, [2, 1]), moment('b', 2, [1], 4), moment('c', 3, [1]), moment('d', 6, [2]), moment('old', 8, [9], 9)], now);
    expect(top.map((item) => item.id)).toEqual(['b', 'a', 'd']);
  });

  it('prefers the newer moment on a tie and leaves out what nobody reacted to', () => {
    expect(spotlight([moment('older', 5, [1], 1), moment('newer', 1, [2])], now).map((item) => item.id)).toEqual(['newer', 'older']);
    expect(spotlight([moment('quiet', 1, [])], now)).toEqual([]);
  });
});
