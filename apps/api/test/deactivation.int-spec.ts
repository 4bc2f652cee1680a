import { randomUUID } from 'node:crypto';
import { lessons, earn } from './support/achievements.js';
import { expectError } from './support/errors.js';
import { PASSWORD, addMember, type Member } from './support/fixtures.js';
import { startTestApi, type TestApi } from './support/test-app.js';
import { expectTotalsMatchLedger } from './support/totals.js';
import { buildWorld } from './support/world.js';

const DEACTIVATE = `mutation ($userId: ID!) { deactivateUser(userId: $userId) { id displayName active points } }`;
const REACTIVATE = `mutation ($userId: ID!) { reactivateUser(userId: $userId) { id displayName active points } }`;
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;
const ME = `{ me { id } }`;
const BOARDS = `query ($teamId: ID!) {
  people: leaderboard(scope: INDIVIDUAL, period: ALL_TIME, first: 100) { rank points user { id } }
  month: leaderboard(scope: INDIVIDUAL, period: MONTH, first: 100) { rank points user { id } }
  team: leaderboard(scope: INDIVIDUAL, period: WEEK, teamId: $teamId, first: 100) { rank points user { id } }
  teams: leaderboard(scope: TEAM, period: MONTH, first: 10) { points team { id } }
  teamsAllTime: leaderboard(scope: TEAM, period: ALL_TIME, first: 10) { points team { id } }
  everyone: leaderboardCount(scope: INDIVIDUAL)
}`;
const DIRECTORY = `query ($search: String, $teamId: ID!, $deactivated: Boolean! = false) {
  people(search: $search, first: 50, deactivated: $deactivated) { nodes { id active } totalCount }
  team(id: $teamId) { members { id } memberCount }
  users { id }
}`;

interface Entry {
  readonly rank: number;
  readonly points: number;
  readonly user?: { id: string };
  readonly team?: { id: string };
}

describe('deactivating and reactivating people', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  async function world() {
    const built = await buildWorld(api, {
      teams: { Phones: { manager: 'Mo Manager', members: ['Dee Departing', 'Sal Staying'] } },
      courses: { basics: { modules: lessons(40, 25) } },
      defaultBadges: false,
    });
    const dee = built.people['Dee Departing'];
    const sal = built.people['Sal Staying'];
    await earn(api, dee.token, built.courses.basics.modules[0]!.id);
    await earn(api, dee.token, built.courses.basics.modules[1]!.id);
    await earn(api, sal.token, built.courses.basics.modules[1]!.id);
    return { ...built, dee, sal, mo: built.people['Mo Manager'], phones: built.teams.Phones.id };
  }

  const deactivate = (admin: Member, userId: string) => api.gql(DEACTIVATE, { userId }, admin.token);
  const works = async (token: string) => !(await api.gql(ME, {}, token)).errors;

  it('lets only admins deactivate and reactivate, and only their own organisation’s people', async () => {
    const { admin, dee, sal, mo } = await world();
    const other = await world();
    for (const mutation of [DEACTIVATE, REACTIVATE]) {
      expectError(await api.gql(mutation, { userId: dee.id }, sal.token), 'FORBIDDEN');
      expectError(await api.gql(mutation, { userId: dee.id }, mo.token), 'FORBIDDEN');
      expectError(await api.gql(mutation, { userId: dee.id }), 'UNAUTHENTICATED');
      expectError(await api.gql(mutation, { userId: other.dee.id }, admin.token), 'NOT_FOUND');
      expectError(await api.gql(mutation, { userId: randomUUID() }, admin.token), 'NOT_FOUND');
      expectError(await api.gql(mutation, { userId: 'not-an-id' }, admin.token), 'BAD_USER_INPUT', 'userId');
    }
    const self = await deactivate(admin, admin.id);
    expectError(self, 'BAD_USER_INPUT', 'userId');
    expect(self.errors![0]!.message).toBe('You cannot deactivate your own account');
    expect(await works(other.dee.token)).toBe(true);
    expect(await api.sql('SELECT count(*)::int AS count FROM users WHERE NOT active')).toEqual([{ count: 0 }]);
  });

  it('ends the person’s sign-ins at once and refuses their sign-in, telling only whoever knows the password', async () => {
    const { admin, dee, sal } = await world();
    const elsewhere = (await api.ok<{ login: { token: string } }>(LOGIN, { email: dee.email, password: PASSWORD })).login.token;

    const { deactivateUser } = await api.ok(DEACTIVATE, { userId: dee.id }, admin.token);
    expect(deactivateUser).toMatchObject({ id: dee.id, displayName: 'Dee Departing', active: false });
    for (const token of [dee.token, elsewhere]) expectError(await api.gql(ME, {}, token), 'UNAUTHENTICATED');
    expect(await works(sal.token)).toBe(true);

    const refused = await api.gql(LOGIN, { email: dee.email, password: PASSWORD });
    expectError(refused, 'UNAUTHENTICATED');
    expect(refused.errors![0]!.message).toBe('This account was deactivated: ask an admin of your organisation');
    const guessed = await api.gql(LOGIN, { email: dee.email, password: 'a wrong guess' });
    expectError(guessed, 'UNAUTHENTICATED');
    expect(guessed.errors![0]!.message).toBe('Email or password is incorrect');

    // Deactivating again changes nothing and says how things stand.
    expect((await api.ok(DEACTIVATE, { userId: dee.id }, admin.token)).deactivateUser.active).toBe(false);
  });

  it('keeps everything they did and earned: their points, their ledger and their name on old moments', async () => {
    const { admin, dee, sal, organization } = await world();
    const ledgerBefore = await api.sql('SELECT amount, reason FROM points_entries WHERE user_id = $1 ORDER BY amount', [dee.id]);
    await api.ok(
      `mutation ($input: GiveKudosInput!) { giveKudos(input: $input) { id } }`,
      {
        input: { toUserId: sal.id, message: 'Thanks for the handover', values: ['Empathy'], points: 5 },
      },
      dee.token,
    );

    await api.ok(DEACTIVATE, { userId: dee.id }, admin.token);
    expect(await api.sql('SELECT amount, reason FROM points_entries WHERE user_id = $1 ORDER BY amount', [dee.id])).toEqual(ledgerBefore);
    const { user } = await api.ok(`query ($id: ID!) { user(id: $id) { displayName active points } }`, { id: dee.id }, sal.token);
    expect(user).toEqual({ displayName: 'Dee Departing', active: false, points: 115 });
    const { celebrations } = await api.ok(
      `{ celebrations(first: 20, kinds: [KUDOS]) { nodes { actor { displayName active } kudos { from { id } } } } }`,
      {},
      sal.token,
    );
    expect(celebrations.nodes).toEqual([{ actor: { displayName: 'Dee Departing', active: false }, kudos: { from: { id: dee.id } } }]);
    await expectTotalsMatchLedger(api, organization.id);
  });

  it('takes them off every leaderboard and their points out of their team’s, and puts both back when reactivated', async () => {
    const { admin, dee, sal, phones, organization } = await world();
    const boards = async () => await api.ok<Record<string, Entry[]> & { everyone: number }>(BOARDS, { teamId: phones }, sal.token);
    const ids = (entries: Entry[]) => entries.filter((entry) => entry.points > 0).map((entry) => entry.user!.id);
    const before = await boards();
    expect(ids(before.people)).toEqual([dee.id, sal.id]);
    expect(ids(before.month)).toEqual([dee.id, sal.id]);
    expect(ids(before.team)).toEqual([dee.id, sal.id]);
    expect(before.teams).toEqual([{ points: 140, team: { id: phones } }]);
    expect(before.teamsAllTime).toEqual([{ points: 140, team: { id: phones } }]);

    await api.ok(DEACTIVATE, { userId: dee.id }, admin.token);
    const after = await boards();
    for (const board of [after.people, after.month, after.team]) {
      expect(board.map((entry) => entry.user!.id)).not.toContain(dee.id);
      expect(board[0]).toEqual({ rank: 1, points: 25, user: { id: sal.id } });
    }
    expect(after.teams).toEqual([{ points: 25, team: { id: phones } }]);
    expect(after.teamsAllTime).toEqual([{ points: 25, team: { id: phones } }]);
    expect(after.everyone).toBe(before.everyone - 1);
    await expectTotalsMatchLedger(api, organization.id);

    const { reactivateUser } = await api.ok(REACTIVATE, { userId: dee.id }, admin.token);
    expect(reactivateUser).toMatchObject({ id: dee.id, active: true, points: 115 });
    expect(await boards()).toEqual(before);
    await expectTotalsMatchLedger(api, organization.id);
  });

  it('takes them out of the directory, its search, their team’s members and pickers, where admins still find them as deactivated', async () => {
    const { admin, dee, sal, mo, phones } = await world();
    const read = (token: string, variables: Record<string, unknown> = {}) => api.ok(DIRECTORY, { teamId: phones, ...variables }, token);
    const before = await read(sal.token, { search: 'dee' });
    expect(before.people).toEqual({ nodes: [{ id: dee.id, active: true }], totalCount: 1 });
    expect(before.team.memberCount).toBe(3);

    await api.ok(DEACTIVATE, { userId: dee.id }, admin.token);
    for (const token of [sal.token, admin.token]) {
      const after = await read(token, { search: 'dee' });
      expect(after.people).toEqual({ nodes: [], totalCount: 0 });
      expect(after.team.members.map((member: { id: string }) => member.id).sort()).toEqual([mo.id, sal.id].sort());
      expect(after.team.memberCount).toBe(2);
      expect(after.users.map((user: { id: string }) => user.id)).not.toContain(dee.id);
      expect((await read(token)).people.nodes.map((person: { id: string }) => person.id)).not.toContain(dee.id);
    }
    const people = `query ($teamId: ID, $search: String) { people(teamId: $teamId, search: $search, deactivated: true) { nodes { id active } totalCount } }`;
    for (const variables of [{}, { search: 'Departing' }, { teamId: phones }, { teamId: phones, search: 'dee' }]) {
      expect((await api.ok(people, variables, admin.token)).people).toEqual({ nodes: [{ id: dee.id, active: false }], totalCount: 1 });
    }
    expectError(await api.gql(people, {}, sal.token), 'FORBIDDEN');
    expectError(await api.gql(people, {}, mo.token), 'FORBIDDEN');

    await api.ok(REACTIVATE, { userId: dee.id }, admin.token);
    expect((await read(sal.token, { search: 'dee' })).people).toEqual({ nodes: [{ id: dee.id, active: true }], totalCount: 1 });
    expect((await api.ok(people, {}, admin.token)).people).toEqual({ nodes: [], totalCount: 0 });
  });

  it('lets a reactivated person sign in again, while the tokens they had stay ended', async () => {
    const { admin, dee } = await world();
    await api.ok(DEACTIVATE, { userId: dee.id }, admin.token);
    await api.ok(REACTIVATE, { userId: dee.id }, admin.token);
    expectError(await api.gql(ME, {}, dee.token), 'UNAUTHENTICATED');
    const { login } = await api.ok<{ login: { token: string } }>(LOGIN, { email: dee.email, password: PASSWORD });
    expect(await works(login.token)).toBe(true);
  });

  it('leaves whole-team assignments out of their reach', async () => {
    const { admin, dee, sal, mo, phones, courses } = await world();
    await api.ok(DEACTIVATE, { userId: dee.id }, admin.token);
    const { assignCourse } = await api.ok(
      `mutation ($input: AssignCourseInput!) { assignCourse(input: $input) { assignee { id } } }`,
      { input: { courseId: courses.basics.id, teamId: phones, dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString() } },
      mo.token,
    );
    expect(assignCourse.map((assignment: { assignee: { id: string } }) => assignment.assignee.id)).toEqual([sal.id]);
  });

  it('refuses kudos, a badge or an assignment for them by id, naming the field, and writes nothing', async () => {
    const { admin, dee, sal, mo, courses } = await world();
    await api.ok(DEACTIVATE, { userId: dee.id }, admin.token);
    const written = () =>
      api.sql(
        `SELECT (SELECT count(*)::int FROM kudos) AS kudos, (SELECT count(*)::int FROM assignments) AS assignments,
                      (SELECT count(*)::int FROM badge_awards WHERE user_id = $1) AS badges`,
        [dee.id],
      );
    const before = await written();
    const kudos = (input: Record<string, unknown>) =>
      api.gql(
        `mutation ($input: GiveKudosInput!) { giveKudos(input: $input) { id } }`,
        {
          input: { message: 'Thanks', values: ['Empathy'], points: 0, ...input },
        },
        sal.token,
      );
    const refused = await kudos({ toUserId: dee.id });
    expectError(refused, 'BAD_USER_INPUT', 'toUserId');
    expect(refused.errors![0]!.message).toBe("Dee Departing's account is deactivated");
    expectError(await kudos({ toUserId: mo.id, toUserIds: [dee.id] }), 'BAD_USER_INPUT', 'toUserIds');
    const { createBadge } = await api.ok(
      `mutation ($input: CreateBadgeInput!) { createBadge(input: $input) { id } }`,
      {
        input: {
          name: 'Calm voice',
          description: 'Kept calm',
          criteria: 'Given by a manager',
          kind: 'MANUAL',
          threshold: 0,
          tier: 'BRONZE',
          icon: 'award',
          points: 0,
        },
      },
      admin.token,
    );
    expectError(
      await api.gql(
        `mutation ($badgeId: ID!, $userId: ID!) { awardBadge(badgeId: $badgeId, userId: $userId, reason: "Calm") { id } }`,
        { badgeId: createBadge.id, userId: dee.id },
        mo.token,
      ),
      'BAD_USER_INPUT',
      'userId',
    );
    expectError(
      await api.gql(
        `mutation ($input: AssignCourseInput!) { assignCourse(input: $input) { id } }`,
        {
          input: { courseId: courses.basics.id, userIds: [dee.id], dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString() },
        },
        mo.token,
      ),
      'BAD_USER_INPUT',
      'userIds',
    );
    expect(await written()).toEqual(before);
  });

  it('never deactivates the last admin: two admins deactivating each other at once, one wins and the other is refused', async () => {
    const { organization } = await world();
    const second = await addMember(api, organization, { role: 'ADMIN', name: 'Ada Second' });
    const results = await Promise.all([deactivate(organization.admin, second.id), deactivate(second, organization.admin.id)]);
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.filter((result) => result.errors).map((result) => result.errors![0]!.extensions?.code)).toEqual([
      expect.stringMatching(/^(FORBIDDEN|UNAUTHENTICATED)$/),
    ]);
    expect(
      await api.sql(`SELECT count(*)::int AS count FROM users WHERE organization_id = $1 AND role = 'ADMIN' AND active`, [organization.id]),
    ).toEqual([{ count: 1 }]);
  });
});
