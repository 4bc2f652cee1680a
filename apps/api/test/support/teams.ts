import { addMember, createTeam, type Member, type Organization } from './fixtures.js';
import type { TestApi } from './test-app.js';

/** A team, its manager (who is also one of its members) and its employees. */
export interface ManagedTeam {
  readonly id: string;
  readonly name: string;
  readonly manager: Member;
  readonly members: Member[];
}

export async function setTeamManager(api: TestApi, organization: Organization, teamId: string, userId: string): Promise<void> {
  await api.ok(`mutation ($teamId: ID!, $userId: ID!) { setTeamManager(teamId: $teamId, userId: $userId) { id } }`, { teamId, userId }, organization.admin.token);
}

/**
 * A team managed by a MANAGER who belongs to it, with `size` employees named
 * "<name> 1", "<name> 2"...
 */
export async function managedTeam(api: TestApi, organization: Organization, name: string, size = 2): Promise<ManagedTeam> {
  const id = await createTeam(api, organization, name);
  const manager = await addMember(api, organization, { role: 'MANAGER', teamId: id, name: `${name} Manager` });
  await setTeamManager(api, organization, id, manager.id);
  const members: Member[] = [];
  for (let index = 1; index <= size; index++) members.push(await addMember(api, organization, { teamId: id, name: `${name} ${index}` }));
  return { id, name, manager, members };
}

/** A learning path of these courses, in order, made by an admin or manager. */
export async function createLearningPath(api: TestApi, token: string, courseIds: string[], title = `Path ${Math.random().toString(36).slice(2, 8)}`): Promise<string> {
  const { createLearningPath } = await api.ok<{ createLearningPath: { id: string } }>(
    `mutation ($input: CreateLearningPathInput!) { createLearningPath(input: $input) { id } }`,
    { input: { title, description: 'For tests', courseIds } },
    token,
  );
  return createLearningPath.id;
}

/** Sorted copies, to compare collections whose order does not matter. */
export const sorted = <T>(values: readonly T[]): T[] => [...values].sort();
