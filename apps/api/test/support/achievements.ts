import type { ModuleSpec } from './fixtures.js';
import type { TestApi } from './test-app.js';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Lessons worth these points, titled "Lesson 1", "Lesson 2"... */
export const lessons = (...points: number[]): ModuleSpec[] =>
  points.map((value, index) => ({ kind: 'LESSON', points: value, title: `Lesson ${index + 1}` }));

/** Noon UTC `days` days from today (negative: in the past), clear of midnight in the organisation's (UTC) day. */
export function noonUtc(days = 0): Date {
  const today = new Date();
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 12) + days * DAY_MS);
}

/** completeModule with what it earned spelled out. */
export const COMPLETE_AND_EARN = `mutation ($input: CompleteModuleInput!) {
  completeModule(input: $input) {
    pointsAwarded
    levelUp { number }
    newBadges { id awardedAt reason credentialUrl badge { id name } user { id } }
    newCertifications { id sequence issuedAt expiresAt status credentialUrl certification { id name } user { id } }
  }
}`;

export interface Earned {
  readonly pointsAwarded: number;
  readonly levelUp: { number: number } | null;
  readonly newBadges: {
    id: string;
    awardedAt: string;
    reason: string | null;
    credentialUrl: string;
    badge: { id: string; name: string };
    user: { id: string };
  }[];
  readonly newCertifications: {
    id: string;
    sequence: number;
    issuedAt: string;
    expiresAt: string | null;
    status: string;
    credentialUrl: string;
    certification: { id: string; name: string };
    user: { id: string };
  }[];
}

/** Passes a module as `token` and returns what it earned; must succeed. */
export async function earn(api: TestApi, token: string, moduleId: string, answers?: number[]): Promise<Earned> {
  return (await api.ok<{ completeModule: Earned }>(COMPLETE_AND_EARN, { input: { moduleId, answers } }, token)).completeModule;
}

/** The names of the badges a completion earned, sorted: badges earned together come in no particular order. */
export const badgeNames = (earned: Earned): string[] => earned.newBadges.map((award) => award.badge.name).sort();

/** The organisation's badges by name. */
export async function badgeIds(api: TestApi, token: string): Promise<Record<string, string>> {
  const { badges } = await api.ok<{ badges: { id: string; name: string }[] }>(`{ badges { id name } }`, {}, token);
  return Object.fromEntries(badges.map((badge) => [badge.name, badge.id]));
}

export const CREATE_CERTIFICATION = `mutation ($input: CreateCertificationInput!) {
  createCertification(input: $input) { id name description validityDays points requiredCourses { id } }
}`;

export async function createCertification(
  api: TestApi,
  adminToken: string,
  input: { name?: string; description?: string; requiredCourseIds: string[]; validityDays?: number | null; points?: number },
): Promise<string> {
  const { createCertification } = await api.ok<{ createCertification: { id: string } }>(
    CREATE_CERTIFICATION,
    {
      input: {
        name: input.name ?? `Certification ${Math.random().toString(36).slice(2, 8)}`,
        description: input.description ?? 'Shows the holder can handle customers with care.',
        requiredCourseIds: input.requiredCourseIds,
        validityDays: input.validityDays,
        points: input.points ?? 100,
      },
    },
    adminToken,
  );
  return createCertification.id;
}

export const RETAKE = `mutation ($id: ID!) { retakeCourse(courseId: $id) { id status progress completedAt } }`;

export interface StoredCelebration {
  readonly kind: string;
  readonly title: string;
  readonly body: string | null;
  readonly team_id: string | null;
  readonly source_key: string;
}

/** The celebrations of one person as stored, oldest first. */
export async function celebrationsOf(api: TestApi, userId: string): Promise<StoredCelebration[]> {
  return api.sql<StoredCelebration>(
    'SELECT kind, title, body, team_id, source_key FROM celebrations WHERE user_id = $1 ORDER BY created_at, kind, title',
    [userId],
  );
}
