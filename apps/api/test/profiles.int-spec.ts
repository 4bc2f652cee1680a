import { expectError } from './support/errors.js';
import { completeModule, createCourse } from './support/fixtures.js';
import { queriesDuring } from './support/statements.js';
import { startTestApi, type TestApi } from './support/test-app.js';
import { buildWorld } from './support/world.js';

const GIVE = `mutation ($input: GiveKudosInput!) { giveKudos(input: $input) { id } }`;
const STORY = `mutation ($input: PostSuccessStoryInput!) { postSuccessStory(input: $input) { id } }`;
const PROFILE = `query ($id: ID!, $first: Int, $after: String, $storiesAfter: String) {
  user(id: $id) {
    id displayName
    kudosReceived(first: $first, after: $after) { nodes { message from { displayName } } pageInfo { endCursor hasNextPage } }
    stories(first: $first, after: $storiesAfter) { nodes { title } pageInfo { endCursor hasNextPage } }
  }
}`;
const SEARCH = `query ($query: String!, $perKind: Int) {
  search(query: $query, perKind: $perKind) { courses { title } badges { name } teams { name } }
}`;
const MY_TEAMS = `{ me { managedTeams { name unrecognised { displayName } } } }`;
const UNRECOGNISED = `query ($id: ID!) { team(id: $id) { unrecognised { displayName } } }`;

interface Profile {
  user: {
    kudosReceived: {
      nodes: { message: string; from: { displayName: string } }[];
      pageInfo: { endCursor: string | null; hasNextPage: boolean };
    };
    stories: { nodes: { title: string }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
  } | null;
}
interface Found {
  search: { courses: { title: string }[]; badges: { name: string }[]; teams: { name: string }[] };
}

describe('profiles, search and a manager’s teams', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  const world = () =>
    buildWorld(api, {
      teams: {
        'Front Desk': { manager: 'Mara Manager', members: ['Élodie Durand', 'Sam Reyes', 'Kim Lee'] },
        Billing: { members: ['Bo Chen'] },
      },
    });

  it('pages through the kudos a colleague received and the stories they appear in, newest first', async () => {
    const { people } = await world();
    const elodie = people['Élodie Durand'];
    for (const [from, message] of [
      [people['Sam Reyes'], 'First thanks'],
      [people['Kim Lee'], 'Second thanks'],
      [people['Bo Chen'], 'Third thanks'],
    ] as const) {
      await api.ok(GIVE, { input: { toUserId: elodie.id, message, values: ['Empathy'], points: 5 } }, from.token);
    }
    await api.ok(
      STORY,
      { input: { title: 'Élodie saved the day', body: 'A long call, well ended.', userIds: [elodie.id] } },
      people['Bo Chen'].token,
    );
    await api.ok(
      STORY,
      { input: { title: 'Sam on his own', body: 'Elsewhere.', userIds: [people['Sam Reyes'].id] } },
      people['Bo Chen'].token,
    );

    const reader = people['Bo Chen'].token;
    const first = (await api.ok<Profile>(PROFILE, { id: elodie.id, first: 2 }, reader)).user!;
    expect(first.kudosReceived.nodes.map((kudos) => kudos.message)).toEqual(['Third thanks', 'Second thanks']);
    expect(first.kudosReceived.nodes[0]!.from.displayName).toBe('Bo Chen');
    expect(first.kudosReceived.pageInfo.hasNextPage).toBe(true);
    expect(first.stories.nodes.map((story) => story.title)).toEqual(['Élodie saved the day']);
    expect(first.stories.pageInfo.hasNextPage).toBe(false);

    const rest = (await api.ok<Profile>(PROFILE, { id: elodie.id, first: 2, after: first.kudosReceived.pageInfo.endCursor }, reader)).user!;
    expect(rest.kudosReceived.nodes.map((kudos) => kudos.message)).toEqual(['First thanks']);
    expect(rest.kudosReceived.pageInfo).toEqual({ endCursor: expect.any(String), hasNextPage: false });

    expectError(await api.gql(PROFILE, { id: elodie.id, first: 51 }, reader), 'BAD_USER_INPUT', 'first');
    expectError(await api.gql(PROFILE, { id: elodie.id, after: 'nonsense' }, reader), 'BAD_USER_INPUT', 'after');
  });

  it('shows nobody of another organisation, whatever id is asked for', async () => {
    const { people } = await world();
    const other = await world();
    expect((await api.ok<Profile>(PROFILE, { id: people['Kim Lee'].id }, other.people['Kim Lee'].token)).user).toBeNull();
  });

  it('reads a page of profiles’ kudos and stories in as many statements as one profile', async () => {
    const { people } = await world();
    const many = `{ people(first: 10) { nodes { kudosReceived(first: 3) { nodes { id } } stories(first: 3) { nodes { id } } } } }`;
    const few = `{ people(first: 1) { nodes { kudosReceived(first: 3) { nodes { id } } stories(first: 3) { nodes { id } } } } }`;
    const token = people['Kim Lee'].token;
    expect(await queriesDuring(api, () => api.ok(many, {}, token))).toBe(await queriesDuring(api, () => api.ok(few, {}, token)));
  });

  it('searches courses, badges and teams by the start of any word, ignoring case and accents, in the viewer’s organisation only', async () => {
    const { admin, people, organization } = await world();
    await createCourse(api, admin.token, { title: 'Écoute active au téléphone' });
    await createCourse(api, admin.token, { title: 'Active listening draft', publish: false });
    const other = await world();
    await createCourse(api, other.admin.token, { title: 'Active listening elsewhere' });

    const find = async (token: string, query: string) => (await api.ok<Found>(SEARCH, { query }, token)).search;
    const employee = people['Kim Lee'].token;
    expect((await find(employee, 'ACTI')).courses.map((course) => course.title)).toEqual(['Écoute active au téléphone']);
    expect((await find(employee, 'ecoute tele')).courses.map((course) => course.title)).toEqual(['Écoute active au téléphone']);
    expect((await find(employee, 'coute')).courses).toEqual([]);
    // Managers and admins find drafts too, as their catalogue shows them.
    expect((await find(people['Mara Manager'].token, 'active')).courses.map((course) => course.title)).toEqual([
      'Active listening draft',
      'Écoute active au téléphone',
    ]);
    expect((await find(employee, 'front')).teams.map((team) => team.name)).toEqual(['Front Desk']);
    expect((await find(employee, 'desk fro')).teams.map((team) => team.name)).toEqual(['Front Desk']);
    expect((await find(employee, 'empath')).badges.map((badge) => badge.name)).toEqual(['Empathy Champion']);
    expect(await find(employee, '   ')).toEqual({ courses: [], badges: [], teams: [] });
    for (const nobody of ['%', '_', 'e%', '\\']) expect(await find(employee, nobody)).toEqual({ courses: [], badges: [], teams: [] });

    // Whoever renames a team, or removes a course, the words follow.
    await api.sql(`UPDATE teams SET name = 'Help Desk' WHERE name = 'Front Desk' AND organization_id = $1`, [organization.id]);
    expect((await find(employee, 'front')).teams).toEqual([]);
    expect((await find(employee, 'help')).teams.map((team) => team.name)).toEqual(['Help Desk']);
    await api.sql(`DELETE FROM courses WHERE title = 'Active listening draft'`);
    expect(await api.sql(`SELECT 1 FROM search_terms WHERE term = 'draft'`)).toEqual([]);
  });

  it('refuses a search too long or asking for too many', async () => {
    const { people } = await world();
    const token = people['Kim Lee'].token;
    expectError(await api.gql(SEARCH, { query: 'a', perKind: 21 }, token), 'BAD_USER_INPUT', 'perKind');
    expectError(await api.gql(SEARCH, { query: 'a'.repeat(101) }, token), 'BAD_USER_INPUT', 'query');
    expectError(await api.gql(SEARCH, { query: 'a' }), 'UNAUTHENTICATED');
  });

  it('lists the teams a manager manages, with who received no kudos in thirty days, for them and admins only', async () => {
    const { admin, teams, people } = await world();
    await api.ok(
      GIVE,
      { input: { toUserId: people['Sam Reyes'].id, message: 'Thanks', values: ['Empathy'], points: 5 } },
      people['Kim Lee'].token,
    );

    const mine = await api.ok<{ me: { managedTeams: { name: string; unrecognised: { displayName: string }[] }[] } }>(
      MY_TEAMS,
      {},
      people['Mara Manager'].token,
    );
    expect(mine.me.managedTeams).toEqual([
      { name: 'Front Desk', unrecognised: [{ displayName: 'Élodie Durand' }, { displayName: 'Kim Lee' }] },
    ]);
    expect(
      (await api.ok<{ me: { managedTeams: unknown[] } }>(`{ me { managedTeams { id } } }`, {}, people['Kim Lee'].token)).me.managedTeams,
    ).toEqual([]);

    const frontDesk = teams['Front Desk'].id;
    expect((await api.ok(UNRECOGNISED, { id: frontDesk }, admin.token)).team.unrecognised).toHaveLength(2);
    expectError(await api.gql(UNRECOGNISED, { id: frontDesk }, people['Kim Lee'].token), 'FORBIDDEN');
    expectError(await api.gql(UNRECOGNISED, { id: teams.Billing.id }, people['Mara Manager'].token), 'FORBIDDEN');
  });

  it('lists a team’s open assignments only, when asked, soonest due first', async () => {
    const { admin, teams, people } = await world();
    const course = await createCourse(api, admin.token, { title: 'Phone basics', modules: [{ kind: 'LESSON', points: 5 }] });
    const manager = people['Mara Manager'].token;
    await api.ok(
      `mutation ($input: AssignCourseInput!) { assignCourse(input: $input) { id } }`,
      { input: { courseId: course.id, teamId: teams['Front Desk'].id, dueAt: new Date(Date.now() + 3 * 86_400_000).toISOString() } },
      manager,
    );
    await completeModule(api, people['Kim Lee'].token, course.modules[0]!.id);
    const OPEN = `query ($teamId: ID!, $open: Boolean) { teamAssignments(teamId: $teamId, first: 10, open: $open) { status assignee { displayName } } }`;
    const of = async (open: boolean) =>
      (
        await api.ok<{ teamAssignments: { status: string; assignee: { displayName: string } }[] }>(
          OPEN,
          { teamId: teams['Front Desk'].id, open },
          manager,
        )
      ).teamAssignments
        .map((assignment) => `${assignment.assignee.displayName}: ${assignment.status}`)
        .sort();
    expect(await of(false)).toEqual(['Kim Lee: COMPLETED', 'Sam Reyes: ASSIGNED', 'Élodie Durand: ASSIGNED']);
    expect(await of(true)).toEqual(['Sam Reyes: ASSIGNED', 'Élodie Durand: ASSIGNED']);
  });
});
