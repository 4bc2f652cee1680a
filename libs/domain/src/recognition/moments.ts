import { CelebrationKind } from './feed-rules.js';

/**
 * A person's achievements of one sitting (a course finished, the certification it completes, the badge
 * and level they bring) group into one card. Kudos, praise and stories stay cards of their own: each
 * has its own words and its own giver.
 */
export const GROUPED_KINDS: readonly CelebrationKind[] = [
  CelebrationKind.COURSE_COMPLETED,
  CelebrationKind.CERTIFICATION_EARNED,
  CelebrationKind.BADGE_EARNED,
  CelebrationKind.LEVEL_UP,
];

/** A moment joins the person's group started less than this long before it. */
export const GROUP_WINDOW_MS = 60_000;

/** The most moments a card lists beside the one that leads it. */
export const MAX_GROUPED = 10;

export function joinsGroups(kind: CelebrationKind): boolean {
  return GROUPED_KINDS.includes(kind);
}

/** The earliest start of a group a moment at `at` can join (exclusive). */
export function groupOpenSince(at: Date): Date {
  return new Date(at.getTime() - GROUP_WINDOW_MS);
}

/** A moment as the card's sentence names it: its kind, and the level for a level-up. */
export interface GroupedMoment {
  readonly kind: CelebrationKind;
  readonly level?: number | null;
}

const count = (n: number, one: string, many: string) => (n === 1 ? one : `${n} ${many}`);

/**
 * One sentence for a card of several moments of one person, the weightiest first:
 * "Priya Shah: certified, a badge, 2 courses and level 5".
 */
export function groupSentence(name: string, moments: readonly GroupedMoment[]): string {
  return `${name}: ${listMoments(moments)}`;
}

/** What a card of several moments holds, in words, the weightiest first: "certified, a badge, 2 courses and level 5". */
export function listMoments(moments: readonly GroupedMoment[]): string {
  const of = (kind: CelebrationKind) => moments.filter((moment) => moment.kind === kind);
  const certifications = of(CelebrationKind.CERTIFICATION_EARNED).length;
  const badges = of(CelebrationKind.BADGE_EARNED).length;
  const courses = of(CelebrationKind.COURSE_COMPLETED).length;
  const levels = of(CelebrationKind.LEVEL_UP).map((moment) => moment.level ?? 0);
  const parts = [
    certifications > 0 ? count(certifications, 'certified', 'certifications') : null,
    badges > 0 ? count(badges, 'a badge', 'badges') : null,
    courses > 0 ? count(courses, 'a course', 'courses') : null,
    levels.length > 0 ? (Math.max(...levels) > 0 ? `level ${Math.max(...levels)}` : 'a new level') : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? 'a moment');
}
