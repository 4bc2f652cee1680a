import { InvalidInputError } from '../errors/domain-errors.js';
import { LEVELS } from '../levels/levels.js';

/** What a badge counts; MANUAL badges are given by a manager. */
export const BadgeRuleKind = {
  MODULES_COMPLETED: 'MODULES_COMPLETED',
  COURSES_COMPLETED: 'COURSES_COMPLETED',
  SKILL_COURSES_COMPLETED: 'SKILL_COURSES_COMPLETED',
  POINTS_EARNED: 'POINTS_EARNED',
  KUDOS_RECEIVED: 'KUDOS_RECEIVED',
  CERTIFICATIONS_EARNED: 'CERTIFICATIONS_EARNED',
  STREAK_DAYS: 'STREAK_DAYS',
  FIVE_STAR_FEEDBACK: 'FIVE_STAR_FEEDBACK',
  MENTORING_SESSIONS: 'MENTORING_SESSIONS',
  EVENTS_ATTENDED: 'EVENTS_ATTENDED',
  SESSIONS_HOSTED: 'SESSIONS_HOSTED',
  MANUAL: 'MANUAL',
} as const;
export type BadgeRuleKind = (typeof BadgeRuleKind)[keyof typeof BadgeRuleKind];

/** A badge's rank, from the easiest to earn to the hardest. */
export const BadgeTier = { BRONZE: 'BRONZE', SILVER: 'SILVER', GOLD: 'GOLD', PLATINUM: 'PLATINUM' } as const;
export type BadgeTier = (typeof BadgeTier)[keyof typeof BadgeTier];

/** When a badge is earned: a count reaching a threshold, or a manager's decision (MANUAL). */
export interface BadgeRule {
  readonly kind: BadgeRuleKind;
  readonly threshold: number;
  /** For SKILL_COURSES_COMPLETED: the skill counted, lower-case. */
  readonly skill?: string | null;
}

/** Everything a person has achieved that badge rules count. */
export interface AchievementCounts {
  readonly modulesCompleted: number;
  readonly coursesCompleted: number;
  /** Completed courses per skill (lower-case). */
  readonly coursesCompletedBySkill: Readonly<Record<string, number>>;
  readonly pointsEarned: number;
  readonly certificationsEarned: number;
  readonly streakDays: number;
  readonly kudosReceived: number;
  readonly fiveStarFeedback: number;
  /** Mentoring sessions that earned the mentor points: one per mentee and day. */
  readonly mentoringSessions: number;
  /** Learning events (sessions, workshops, conferences) the person was marked as attending. */
  readonly eventsAttended: number;
  /** Learning events the person hosted whose attendance has been recorded. */
  readonly sessionsHosted: number;
}

export const NO_ACHIEVEMENTS: AchievementCounts = {
  modulesCompleted: 0,
  coursesCompleted: 0,
  coursesCompletedBySkill: {},
  pointsEarned: 0,
  certificationsEarned: 0,
  streakDays: 0,
  kudosReceived: 0,
  fiveStarFeedback: 0,
  mentoringSessions: 0,
  eventsAttended: 0,
  sessionsHosted: 0,
};

export const MAX_BADGE_THRESHOLD = 1_000_000;

/** The count a rule compares with its threshold; MANUAL badges count nothing. */
export function countFor(rule: BadgeRule, counts: AchievementCounts): number {
  switch (rule.kind) {
    case 'MODULES_COMPLETED':
      return counts.modulesCompleted;
    case 'COURSES_COMPLETED':
      return counts.coursesCompleted;
    case 'SKILL_COURSES_COMPLETED':
      return counts.coursesCompletedBySkill[rule.skill ?? ''] ?? 0;
    case 'POINTS_EARNED':
      return counts.pointsEarned;
    case 'KUDOS_RECEIVED':
      return counts.kudosReceived;
    case 'CERTIFICATIONS_EARNED':
      return counts.certificationsEarned;
    case 'STREAK_DAYS':
      return counts.streakDays;
    case 'FIVE_STAR_FEEDBACK':
      return counts.fiveStarFeedback;
    case 'MENTORING_SESSIONS':
      return counts.mentoringSessions;
    case 'EVENTS_ATTENDED':
      return counts.eventsAttended;
    case 'SESSIONS_HOSTED':
      return counts.sessionsHosted;
    case 'MANUAL':
      return 0;
  }
}

export interface BadgeProgress {
  readonly current: number;
  readonly target: number;
  readonly earned: boolean;
}

/**
 * How far someone is toward a badge. Progress never exceeds the target and
 * reaches it exactly when the badge is earned; a badge already held stays
 * complete even if its count later falls (a streak that ended, say).
 */
export function badgeProgress(rule: BadgeRule, counts: AchievementCounts, held: boolean): BadgeProgress {
  const target = rule.kind === 'MANUAL' ? 1 : rule.threshold;
  if (held) return { current: target, target, earned: true };
  return { current: rule.kind === 'MANUAL' ? 0 : Math.min(countFor(rule, counts), target), target, earned: false };
}

/** Whether counts meet a rule; MANUAL badges are only ever given by a person. */
export function meetsRule(rule: BadgeRule, counts: AchievementCounts): boolean {
  return rule.kind !== 'MANUAL' && countFor(rule, counts) >= rule.threshold;
}

/** Checks a rule as an admin wrote it and returns it normalised (skills lower-case; MANUAL thresholds are 1). */
export function normalizeBadgeRule(rule: BadgeRule): BadgeRule {
  if (rule.kind === 'MANUAL') {
    if (rule.skill) throw new InvalidInputError('skill', 'only SKILL_COURSES_COMPLETED badges name a skill');
    return { kind: 'MANUAL', threshold: 1, skill: null };
  }
  if (!Number.isInteger(rule.threshold) || rule.threshold < 1 || rule.threshold > MAX_BADGE_THRESHOLD) {
    throw new InvalidInputError('threshold', `threshold must be a whole number from 1 to ${MAX_BADGE_THRESHOLD}`);
  }
  const skill = rule.skill?.trim().toLowerCase() || null;
  if (rule.kind === 'SKILL_COURSES_COMPLETED') {
    if (!skill) throw new InvalidInputError('skill', 'a SKILL_COURSES_COMPLETED badge needs the skill it counts');
    return { kind: rule.kind, threshold: rule.threshold, skill };
  }
  if (skill) throw new InvalidInputError('skill', 'only SKILL_COURSES_COMPLETED badges name a skill');
  return { kind: rule.kind, threshold: rule.threshold, skill: null };
}

/**
 * A badge's name, refused when it reads as a level's title: "Level 5 · Service Pro" beside a
 * "Service Pro" badge would leave everyone guessing which one was earned.
 */
export function checkBadgeName(name: string): string {
  const wanted = name.trim().toLocaleLowerCase();
  const level = LEVELS.find((candidate) => candidate.title.toLocaleLowerCase() === wanted);
  if (level) {
    throw new InvalidInputError('name', `“${level.title}” is the title of level ${level.number}: give the badge a name of its own`);
  }
  return name;
}
