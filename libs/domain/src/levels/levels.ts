/** One rung of the level ladder: reached at `minPoints` lifetime points. */
export interface LevelDefinition {
  readonly number: number;
  readonly title: string;
  readonly minPoints: number;
}

/** Where a points total stands on the ladder. */
export interface LevelStanding extends LevelDefinition {
  /** Lifetime points at which the next level starts; null at the top. */
  readonly nextLevelPoints: number | null;
  /** 0..1 from this level's threshold to the next one (1 at the top). */
  readonly progress: number;
}

/**
 * The ladder rises steeply enough that a level-up stays an event: a first course
 * lifts a newcomer one or two levels, the top takes months of steady learning.
 */
export const LEVELS: readonly LevelDefinition[] = [
  { number: 1, title: 'Newcomer', minPoints: 0 },
  { number: 2, title: 'Active Listener', minPoints: 100 },
  { number: 3, title: 'Problem Solver', minPoints: 250 },
  { number: 4, title: 'Trusted Advisor', minPoints: 500 },
  { number: 5, title: 'Service Pro', minPoints: 900 },
  { number: 6, title: 'Customer Champion', minPoints: 1500 },
  { number: 7, title: 'Experience Expert', minPoints: 2500 },
  { number: 8, title: 'Service Star', minPoints: 4000 },
  { number: 9, title: 'Service Legend', minPoints: 6000 },
  { number: 10, title: 'Hall of Fame', minPoints: 9000 },
];

/** The level a lifetime points total has reached; negative totals count as zero. */
export function levelFor(points: number): LevelStanding {
  const total = Math.max(0, points);
  let index = 0;
  while (index + 1 < LEVELS.length && LEVELS[index + 1]!.minPoints <= total) index++;
  const level = LEVELS[index]!;
  const next = LEVELS[index + 1];
  if (!next) return { ...level, nextLevelPoints: null, progress: 1 };
  return {
    ...level,
    nextLevelPoints: next.minPoints,
    progress: (total - level.minPoints) / (next.minPoints - level.minPoints),
  };
}

/** The new level when going from `before` to `after` points crossed a threshold, else null. */
export function levelUp(before: number, after: number): LevelStanding | null {
  const reached = levelFor(after);
  return reached.number > levelFor(before).number ? reached : null;
}
