export interface Scored<T> {
  readonly item: T;
  readonly points: number;
}

export interface Ranked<T> extends Scored<T> {
  readonly rank: number;
}

/**
 * Standard competition ranking ("1224"): equal points share a rank and the
 * next rank skips as many places as were shared. Highest points first; ties
 * keep the order they came in, so callers choose a stable tie-break.
 */
export function rankStandard<T>(entries: readonly Scored<T>[]): Ranked<T>[] {
  const sorted = entries.map((entry, index) => ({ entry, index })).sort((a, b) => b.entry.points - a.entry.points || a.index - b.index);
  const ranked: Ranked<T>[] = [];
  sorted.forEach(({ entry }, position) => {
    const previous = ranked[position - 1];
    const rank = previous && previous.points === entry.points ? previous.rank : position + 1;
    ranked.push({ ...entry, rank });
  });
  return ranked;
}

/**
 * The standard competition rank of a place that `ahead` places outscore:
 * what rankStandard gives it, without listing the places ahead.
 */
export function rankBehind(ahead: number): number {
  return ahead + 1;
}
