/** How far back the spotlight looks: the week's most celebrated moments. */
export const SPOTLIGHT_DAYS = 7;
/** How many moments it shows. */
export const SPOTLIGHT_SIZE = 3;

const DAY_MS = 24 * 60 * 60 * 1000;

/** How much a moment moved people. */
export interface Engagement {
  readonly id: string;
  readonly createdAt: Date;
  /** Reactions of every emoji. */
  readonly reactions: number;
  readonly comments: number;
}

/** Every reaction and every comment counts one. */
export function engagementScore(moment: Pick<Engagement, 'reactions' | 'comments'>): number {
  return moment.reactions + moment.comments;
}

/** When the spotlight's window opens, seen at `now`. */
export function spotlightSince(now: Date): Date {
  return new Date(now.getTime() - SPOTLIGHT_DAYS * DAY_MS);
}

/**
 * The week's most celebrated moments: of those since `spotlightSince(now)`,
 * the ones with the highest engagement score, the newer first on a tie (then
 * the greater id, as the API orders them), and none that nobody reacted to
 * or commented on.
 */
export function spotlight<T>(moments: readonly T[], measure: (moment: T) => Engagement, now: Date, size = SPOTLIGHT_SIZE): T[] {
  const since = spotlightSince(now).getTime();
  return moments
    .map((moment) => ({ moment, engagement: measure(moment) }))
    .filter(({ engagement }) => engagement.createdAt.getTime() >= since && engagementScore(engagement) > 0)
    .sort(
      (a, b) =>
        engagementScore(b.engagement) - engagementScore(a.engagement) ||
        b.engagement.createdAt.getTime() - a.engagement.createdAt.getTime() ||
        (b.engagement.id > a.engagement.id ? 1 : b.engagement.id < a.engagement.id ? -1 : 0),
    )
    .slice(0, size)
    .map(({ moment }) => moment);
}
