import { REACTION_EMOJI, type ReactionEmoji } from '@laurels/domain';

/** The fixed set, in the API's order, with the words a screen reader says. */
export const REACTIONS: readonly { readonly emoji: ReactionEmoji; readonly label: string }[] = REACTION_EMOJI.map((emoji) => ({
  emoji,
  label: { '👏': 'Applause', '🎉': 'Celebrate', '❤️': 'Love', '🔥': 'On fire', '🙌': 'High five', '💡': 'Inspiring' }[emoji],
}));

export interface ReactionState {
  readonly reactions: readonly { readonly emoji: string; readonly count: number }[];
  readonly myReactions: readonly string[];
}

/** The counts and the viewer's own reactions after they toggle `emoji`: what the server will answer, shown at once. */
export function toggleReaction(
  { reactions, myReactions }: ReactionState,
  emoji: string,
): { reactions: { emoji: string; count: number }[]; myReactions: string[] } {
  const adding = !myReactions.includes(emoji);
  const counts = reactions.map((reaction) => ({ emoji: reaction.emoji, count: reaction.count }));
  const existing = counts.find((reaction) => reaction.emoji === emoji);
  if (existing) existing.count += adding ? 1 : -1;
  else if (adding) counts.push({ emoji, count: 1 });
  return {
    // Most given first, as the API orders them.
    reactions: counts.filter((reaction) => reaction.count > 0).sort((a, b) => b.count - a.count),
    myReactions: adding ? [...myReactions, emoji] : myReactions.filter((mine) => mine !== emoji),
  };
}
