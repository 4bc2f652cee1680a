import type { Organization } from './fixtures.js';
import type { TestApi } from './test-app.js';

export async function setTeamManager(api: TestApi, organization: Organization, teamId: string, userId: string): Promise<void> {
  await api.ok(
    `mutation ($teamId: ID!, $userId: ID!) { setTeamManager(teamId: $teamId, userId: $userId) { id } }`,
    { teamId, userId },
    organization.admin.token,
  );
}

/** A learning path of these courses, in order, made by an admin or manager. */
export async function createLearningPath(
  api: TestApi,
  token: string,
  courseIds: string[],
  title = `Path ${Math.random().toString(36).slice(2, 8)}`,
): Promise<string> {
  const { createLearningPath } = await api.ok<{ createLearningPath: { id: string } }>(
    `mutation ($input: CreateLearningPathInput!) { createLearningPath(input: $input) { id } }`,
    { input: { title, description: 'For tests', courseIds } },
    token,
  );
  return createLearningPath.id;
}

/** Sorted copies, to compare collections whose order does not matter. */
export const sorted = <T>(values: readonly T[]): T[] => [...values].sort();
