const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

interface Engaging {
  readonly id: string;
  readonly createdAt: string;
  readonly reactions: readonly { readonly count: number }[];
  readonly comments: readonly unknown[];
}

/** How much a moment moved people: every reaction and every comment counts one. */
export function engagement(celebration: Engaging): number {
  return celebration.reactions.reduce((sum, reaction) => sum + reaction.count, 0) + celebration.comments.length;
}

/** The week's most celebrated moments: of the last 7 days, those with the most reactions and comments (newest first on a tie). */
export function spotlight<T extends Engaging>(celebrations: readonly T[], now: Date = new Date(), size = 3): T[] {
  const since = now.getTime() - WEEK_MS;
  return celebrations
    .filter((celebration) => Date.parse(celebration.createdAt) >= since && engagement(celebration) > 0)
    .sort((a, b) => engagement(b) - engagement(a) || Date.parse(b.createdAt) - Date.parse(a.createdAt))
    .slice(0, size);
}
