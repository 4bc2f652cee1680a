import type { BadgeRule, BadgeTier } from './badge-rules.js';

/** Icon names the portal draws (from its icon set); an emoji works too. */
export const BADGE_ICONS = [
  'award',
  'footprints',
  'graduation-cap',
  'library',
  'star',
  'sparkles',
  'trophy',
  'medal',
  'flame',
  'heart-handshake',
  'heart',
  'scroll-text',
  'shield-check',
  'rocket',
  'smile',
  'message-circle',
  'headphones',
  'zap',
  'crown',
  'gem',
] as const;

export interface BadgeTemplate {
  readonly name: string;
  readonly description: string;
  readonly criteria: string;
  readonly rule: BadgeRule;
  readonly tier: BadgeTier;
  readonly icon: string;
  readonly points: number;
}

/** The badges every new organisation starts with: clear criteria, early wins, and a few to give by hand. */
export const DEFAULT_BADGES: readonly BadgeTemplate[] = [
  {
    name: 'First Steps',
    description: 'Completed a first training module.',
    criteria: 'Complete any module of any course.',
    rule: { kind: 'MODULES_COMPLETED', threshold: 1 },
    tier: 'BRONZE',
    icon: 'footprints',
    points: 10,
  },
  {
    name: 'Course Finisher',
    description: 'Completed a whole course.',
    criteria: 'Complete every module of a course.',
    rule: { kind: 'COURSES_COMPLETED', threshold: 1 },
    tier: 'BRONZE',
    icon: 'graduation-cap',
    points: 25,
  },
  {
    name: 'Lifelong Learner',
    description: 'Completed five courses.',
    criteria: 'Complete five courses.',
    rule: { kind: 'COURSES_COMPLETED', threshold: 5 },
    tier: 'SILVER',
    icon: 'library',
    points: 50,
  },
  {
    name: 'Rising Star',
    description: 'Earned 250 points.',
    criteria: 'Earn 250 points from training and recognition.',
    rule: { kind: 'POINTS_EARNED', threshold: 250 },
    tier: 'BRONZE',
    icon: 'star',
    points: 15,
  },
  {
    name: 'Thousand Club',
    description: 'Earned 1,000 points.',
    criteria: 'Earn 1,000 points from training and recognition.',
    rule: { kind: 'POINTS_EARNED', threshold: 1000 },
    tier: 'SILVER',
    icon: 'sparkles',
    points: 50,
  },
  {
    name: 'Five Thousand Club',
    description: 'Earned 5,000 points.',
    criteria: 'Earn 5,000 points from training and recognition.',
    rule: { kind: 'POINTS_EARNED', threshold: 5000 },
    tier: 'GOLD',
    icon: 'trophy',
    points: 150,
  },
  {
    name: 'On a Roll',
    description: 'Learned seven days in a row.',
    criteria: 'Complete at least one module on seven consecutive days.',
    rule: { kind: 'STREAK_DAYS', threshold: 7 },
    tier: 'SILVER',
    icon: 'flame',
    points: 40,
  },
  {
    name: 'Empathy Champion',
    description: 'Mastered the courses that teach empathy.',
    criteria: 'Complete three courses that train empathy.',
    rule: { kind: 'SKILL_COURSES_COMPLETED', threshold: 3, skill: 'empathy' },
    tier: 'GOLD',
    icon: 'heart-handshake',
    points: 75,
  },
  {
    name: 'Certified',
    description: 'Earned a first certification.',
    criteria: 'Earn any certification by completing its required courses.',
    rule: { kind: 'CERTIFICATIONS_EARNED', threshold: 1 },
    tier: 'SILVER',
    icon: 'scroll-text',
    points: 50,
  },
  {
    name: 'Customer Hero',
    description: 'Went above and beyond for a customer, as a manager saw it.',
    criteria: 'Given by a manager for an outstanding moment of customer service.',
    rule: { kind: 'MANUAL', threshold: 1 },
    tier: 'GOLD',
    icon: 'shield-check',
    points: 100,
  },
  {
    name: 'Above and Beyond',
    description: 'Helped the team in a way nobody asked for.',
    criteria: 'Given by a manager to someone whose help made the team better.',
    rule: { kind: 'MANUAL', threshold: 1 },
    tier: 'SILVER',
    icon: 'rocket',
    points: 50,
  },
];
