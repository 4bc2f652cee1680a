import { REACTIONS, toggleReaction } from './reactions';

describe('toggleReaction', () => {
  it('adds the viewer’s emoji to its count, or as a new one', () => {
    expect(toggleReaction({ reactions: [{ emoji: '🎉', count: 2 }], myReactions: [] }, '🎉')).toEqual({
      reactions: [{ emoji: '🎉', count: 3 }],
      myReactions: ['🎉'],
    });
    expect(toggleReaction({ reactions: [{ emoji: '🎉', count: 2 }], myReactions: [] }, '🔥')).toEqual({
      reactions: [
        { emoji: '🎉', count: 2 },
        { emoji: '🔥', count: 1 },
      ],
      myReactions: ['🔥'],
    });
  });

  it('takes it back, dropping an emoji nobody gives any more, and keeps the most given first', () => {
    const before = {
      reactions: [
        { emoji: '👏', count: 2 },
        { emoji: '🔥', count: 2 },
        { emoji: '💡', count: 1 },
      ],
      myReactions: ['👏', '💡'],
    };
    expect(toggleReaction(before, '👏')).toEqual({
      reactions: [
        { emoji: '🔥', count: 2 },
        { emoji: '👏', count: 1 },
        { emoji: '💡', count: 1 },
      ],
      myReactions: ['💡'],
    });
    expect(toggleReaction(before, '💡').reactions.map((reaction) => reaction.emoji)).toEqual(['👏', '🔥']);
  });

  it('offers the API’s six emoji, each with words for a screen reader', () => {
    expect(REACTIONS.map((reaction) => reaction.emoji)).toEqual(['👏', '🎉', '❤️', '🔥', '🙌', '💡']);
    expect(REACTIONS.every((reaction) => reaction.label.length > 0)).toBe(true);
  });
});
