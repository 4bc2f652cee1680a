import fc from 'fast-check';
import {
  NO_ACHIEVEMENTS,
  badgeProgress,
  checkBadgeName,
  countFor,
  meetsRule,
  normalizeBadgeRule,
  type AchievementCounts,
  type BadgeRule,
  type BadgeRuleKind,
} from './badge-rules.js';
import { DEFAULT_BADGES } from './default-badges.js';
import { LEVELS } from '../levels/levels.js';

const COUNTED: BadgeRuleKind[] = [
  'MODULES_COMPLETED',
  'COURSES_COMPLETED',
  'SKILL_COURSES_COMPLETED',
  'POINTS_EARNED',
  'KUDOS_RECEIVED',
  'CERTIFICATIONS_EARNED',
  'STREAK_DAYS',
  'FIVE_STAR_FEEDBACK',
  'MENTORING_SESSIONS',
  'EVENTS_ATTENDED',
  'SESSIONS_HOSTED',
];

const counts = (value: number, skill = 'empathy'): AchievementCounts => ({
  modulesCompleted: value,
  coursesCompleted: value,
  coursesCompletedBySkill: { [skill]: value },
  pointsEarned: value,
  certificationsEarned: value,
  streakDays: value,
  kudosReceived: value,
  fiveStarFeedback: value,
  mentoringSessions: value,
  eventsAttended: value,
  sessionsHosted: value,
});

const ruleArbitrary = fc
  .record({
    kind: fc.constantFrom(...COUNTED),
    threshold: fc.integer({ min: 1, max: 500 }),
  })
  .map((rule): BadgeRule => ({ ...rule, skill: rule.kind === 'SKILL_COURSES_COMPLETED' ? 'empathy' : null }));

describe('countFor', () => {
  it('reads the count each rule kind names', () => {
    const mixed: AchievementCounts = {
      modulesCompleted: 1,
      coursesCompleted: 2,
      coursesCompletedBySkill: { empathy: 3, listening: 9 },
      pointsEarned: 4,
      certificationsEarned: 5,
      streakDays: 6,
      kudosReceived: 7,
      fiveStarFeedback: 8,
      mentoringSessions: 9,
      eventsAttended: 10,
      sessionsHosted: 11,
    };
    expect(COUNTED.map((kind) => countFor({ kind, threshold: 1, skill: 'empathy' }, mixed))).toEqual([1, 2, 3, 4, 7, 5, 6, 8, 9, 10, 11]);
    expect(countFor({ kind: 'SKILL_COURSES_COMPLETED', threshold: 1, skill: 'leadership' }, mixed)).toBe(0);
    expect(countFor({ kind: 'MANUAL', threshold: 1 }, mixed)).toBe(0);
  });
});

describe('meetsRule', () => {
  it('is met exactly when the count reaches the threshold', () => {
    const three: BadgeRule = { kind: 'COURSES_COMPLETED', threshold: 3 };
    expect(meetsRule(three, counts(2))).toBe(false);
    expect(meetsRule(three, counts(3))).toBe(true);
  });

  it('is never met by a MANUAL badge, whatever the counts', () => {
    expect(meetsRule({ kind: 'MANUAL', threshold: 1 }, counts(1000))).toBe(false);
  });

  it('is met iff the count crossed the threshold (property)', () => {
    fc.assert(
      fc.property(ruleArbitrary, fc.nat(600), (rule, value) => {
        expect(meetsRule(rule, counts(value))).toBe(rule.kind !== 'MANUAL' && value >= rule.threshold);
      }),
    );
  });
});

describe('badgeProgress', () => {
  it('caps progress at the target and marks held badges complete', () => {
    const rule: BadgeRule = { kind: 'STREAK_DAYS', threshold: 7 };
    expect(badgeProgress(rule, counts(3), false)).toEqual({ current: 3, target: 7, earned: false });
    expect(badgeProgress(rule, counts(12), false)).toEqual({ current: 7, target: 7, earned: false });
    expect(badgeProgress(rule, counts(0), true)).toEqual({ current: 7, target: 7, earned: true });
  });

  it('shows MANUAL badges as 0 of 1 until given', () => {
    expect(badgeProgress({ kind: 'MANUAL', threshold: 1 }, NO_ACHIEVEMENTS, false)).toEqual({ current: 0, target: 1, earned: false });
  });

  it('is monotone in the counts and reaches the target exactly when the badge is earned (property)', () => {
    fc.assert(
      fc.property(ruleArbitrary, fc.nat(600), fc.nat(600), (rule, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const before = badgeProgress(rule, counts(low), false);
        const after = badgeProgress(rule, counts(high), false);
        expect(after.current).toBeGreaterThanOrEqual(before.current);
        expect(after.current).toBeLessThanOrEqual(after.target);
        expect(after.current === after.target).toBe(meetsRule(rule, counts(high)));
      }),
    );
  });
});

describe('normalizeBadgeRule', () => {
  it('lower-cases the skill of a skill badge and requires it', () => {
    expect(normalizeBadgeRule({ kind: 'SKILL_COURSES_COMPLETED', threshold: 3, skill: ' Empathy ' })).toEqual({
      kind: 'SKILL_COURSES_COMPLETED',
      threshold: 3,
      skill: 'empathy',
    });
    expect(() => normalizeBadgeRule({ kind: 'SKILL_COURSES_COMPLETED', threshold: 3 })).toThrow('needs the skill');
  });

  it('refuses a skill on other kinds and thresholds below one', () => {
    expect(() => normalizeBadgeRule({ kind: 'COURSES_COMPLETED', threshold: 3, skill: 'empathy' })).toThrow('only SKILL_COURSES_COMPLETED');
    expect(() => normalizeBadgeRule({ kind: 'POINTS_EARNED', threshold: 0 })).toThrow('threshold must be');
    expect(() => normalizeBadgeRule({ kind: 'POINTS_EARNED', threshold: -5 })).toThrow('threshold must be');
  });

  it('gives MANUAL badges a threshold of one', () => {
    expect(normalizeBadgeRule({ kind: 'MANUAL', threshold: 40 })).toEqual({ kind: 'MANUAL', threshold: 1, skill: null });
  });
});

describe('checkBadgeName', () => {
  it('refuses the title of a level, whatever its case and spaces, naming the level', () => {
    expect(() => checkBadgeName('Service Pro')).toThrow('“Service Pro” is the title of level 5');
    expect(() => checkBadgeName('  hall of FAME ')).toThrow('level 10');
  });

  it('takes a name that only resembles a title', () => {
    expect(checkBadgeName('Service Pro Plus')).toBe('Service Pro Plus');
  });

  it('keeps the default badges apart from every level title', () => {
    const titles = new Set(LEVELS.map((level) => level.title.toLowerCase()));
    expect(DEFAULT_BADGES.filter((badge) => titles.has(badge.name.toLowerCase()))).toEqual([]);
  });
});
