import { reactionOf } from '../reactions';

/** A reaction drawn as its icon in its colour, whatever fonts the system has; decorative (its label is said beside it). */
export function ReactionIcon({ emoji, size = 16, filled = true }: { emoji: string; size?: number; filled?: boolean }) {
  const reaction = reactionOf(emoji);
  if (!reaction) return null;
  const { icon: Icon, color } = reaction;
  return <Icon size={size} color={color} fill={filled ? color : 'none'} fillOpacity={0.18} strokeWidth={2.2} aria-hidden="true" />;
}
