import { REACTION_EMOJI, type ReactionEmoji } from '@laurels/domain';
import { Flame, Hand, Heart, Lightbulb, PartyPopper, ThumbsUp, type LucideIcon } from 'lucide-react';

export interface Reaction {
  readonly emoji: ReactionEmoji;
  /** The words a screen reader says, and the button's tooltip. */
  readonly label: string;
  /**
   * What the reaction is drawn with: an icon in its colour, not the emoji character, which many
   * systems without a colour emoji font draw as an empty box.
   */
  readonly icon: LucideIcon;
  readonly color: string;
}

const DRAWN: Record<ReactionEmoji, Omit<Reaction, 'emoji'>> = {
  '👏': { label: 'Applause', icon: ThumbsUp, color: '#935d14' },
  '🎉': { label: 'Celebrate', icon: PartyPopper, color: '#9333ea' },
  '❤️': { label: 'Love', icon: Heart, color: '#dc2626' },
  '🔥': { label: 'On fire', icon: Flame, color: '#ea580c' },
  '🙌': { label: 'High five', icon: Hand, color: '#175cd3' },
  '💡': { label: 'Inspiring', icon: Lightbulb, color: '#a16207' },
};

/** The fixed set, in the API's order. */
export const REACTIONS: readonly Reaction[] = REACTION_EMOJI.map((emoji) => ({ emoji, ...DRAWN[emoji] }));

/** How one reaction is drawn; null for an emoji outside the set. */
export function reactionOf(emoji: string): Reaction | null {
  return REACTIONS.find((reaction) => reaction.emoji === emoji) ?? null;
}

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
