import { expectError } from './support/errors.js';
import { PASSWORD } from './support/fixtures.js';
import { queriesDuring } from './support/statements.js';
import { startTestApi, type TestApi } from './support/test-app.js';
import { buildWorld } from './support/world.js';

const UPDATE = `mutation ($input: UpdateUserInput!) { updateUser(input: $input) { id displayName role startedAt team { id name } } }`;
const IMPORT = `mutation ($input: ImportUsersInput!) { importUsers(input: $input) { created skipped errors { row field message } } }`;
const RENAME = `mutation ($teamId: ID!, $name: String!) { renameTeam(teamId: $teamId, name: $name) { id name } }`;
const SET_PASSWORD = `mutation ($userId: ID!, $password: String!) { setUserPassword(userId: $userId, password: $password) { id } }`;
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;
const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) { id startedAt } }`;

describe('running the organisation’s people and teams', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  const world = () =>
    buildWorld(api, {
      teams: { Phones: { manager: 'Mo Manager', members: ['Em Employee', 'Sal Staying'] }, Chat: { members: ['Cy Chat'] } },
      defaultBadges: false,
    });

  const peopleOf = (organizationId: string) =>
    api.sql<{ email: string; display_name: string; role: string; team: string | null; started_at: Date | null }>(
      `SELECT u.email, u.display_name, u.role, t.name AS team, u.started_at
       FROM users u LEFT JOIN teams t ON t.id = u.team_id WHERE u.organization_id = $1 ORDER BY u.email`,
      [organizationId],
    );

  describe('updateUser', () => {
    it('is for admins only', async () => {
      const { people, teams } = await world();
      for (const caller of [people['Em Employee'], people['Mo Manager']]) {
        expectError(
          await api.gql(UPDATE, { input: { userId: people['Sal Staying'].id, teamId: teams.Chat.id } }, caller.token),
          'FORBIDDEN',
        );
      }
    });

    it('changes the name, role, team and start date given, and leaves the rest', async () => {
      const { admin, people, teams } = await world();
      const { updateUser } = await api.ok(
        UPDATE,
        {
          input: {
            userId: people['Sal Staying'].id,
            displayName: '  Sally Staying ',
            role: 'MANAGER',
            teamId: teams.Chat.id,
            startedAt: '2024-03-04T00:00:00.000Z',
          },
        },
        admin.token,
      );
      expect(updateUser).toEqual({
        id: people['Sal Staying'].id,
        displayName: 'Sally Staying',
        role: 'MANAGER',
        startedAt: '2024-03-04T00:00:00.000Z',
        team: { id: teams.Chat.id, name: 'Chat' },
      });
      const again = await api.ok(UPDATE, { input: { userId: people['Sal Staying'].id, displayName: 'Sal' } }, admin.token);
      expect(again.updateUser).toMatchObject({ displayName: 'Sal', role: 'MANAGER', team: { id: teams.Chat.id } });
      const outside = await api.ok(UPDATE, { input: { userId: people['Sal Staying'].id, teamId: null } }, admin.token);
      expect(outside.updateUser).toMatchObject({ displayName: 'Sal', role: 'MANAGER', team: null });
      const found = await api.ok(`{ people(search: "sal") { nodes { id } } }`, {}, admin.token);
      expect(found.people.nodes).toEqual([{ id: people['Sal Staying'].id }]);
    });

    it.each([
      ['an empty name', { displayName: '  ' }, 'displayName', 'The name is missing'],
      ['a name too long', { displayName: 'x'.repeat(81) }, 'displayName', 'The name must be at most 80 characters'],
      ['a start date in 1926', { startedAt: '1926-01-01T00:00:00Z' }, 'startedAt', 'The start date must be in 1950 or later'],
      [
        'a start date years ahead',
        { startedAt: '2099-01-01T00:00:00Z' },
        'startedAt',
        'The start date must be within two years from today',
      ],
    ])('refuses %s, naming the field', async (_case, change, field, message) => {
      const { admin, people } = await world();
      const result = await api.gql(UPDATE, { input: { userId: people['Sal Staying'].id, ...change } }, admin.token);
      expectError(result, 'BAD_USER_INPUT', field);
      expect(result.errors![0]!.message).toBe(message);
    });

    it('refuses an unknown role, another organisation’s team and person, and the admin’s own role', async () => {
      const { admin, people } = await world();
      const other = await world();
      const sal = people['Sal Staying'].id;
      expectError(await api.gql(UPDATE, { input: { userId: sal, role: 'OWNER' } }, admin.token), 'BAD_USER_INPUT');
      expectError(await api.gql(UPDATE, { input: { userId: sal, teamId: other.teams.Chat.id } }, admin.token), 'NOT_FOUND');
      expectError(await api.gql(UPDATE, { input: { userId: other.people['Cy Chat'].id, displayName: 'X' } }, admin.token), 'NOT_FOUND');
      const own = await api.gql(UPDATE, { input: { userId: admin.id, role: 'EMPLOYEE' } }, admin.token);
      expectError(own, 'BAD_USER_INPUT', 'role');
    });

    it('keeps a team’s manager a manager until the team has another', async () => {
      const { admin, people } = await world();
      const result = await api.gql(UPDATE, { input: { userId: people['Mo Manager'].id, role: 'EMPLOYEE' } }, admin.token);
      expectError(result, 'BAD_USER_INPUT', 'role');
      expect(result.errors![0]!.message).toBe('Mo Manager manages “Phones”: give the team another manager first');
    });
  });

  describe('createUser', () => {
    it('keeps the start date, and checks it', async () => {
      const { admin } = await world();
      const input = { email: 'new@example.com', displayName: 'New Person', password: PASSWORD, role: 'EMPLOYEE' };
      const { createUser } = await api.ok(CREATE_USER, { input: { ...input, startedAt: '2026-01-05T00:00:00.000Z' } }, admin.token);
      expect(createUser.startedAt).toBe('2026-01-05T00:00:00.000Z');
      const late = await api.gql(
        CREATE_USER,
        { input: { ...input, email: 'late@example.com', startedAt: '1900-01-01T00:00:00Z' } },
        admin.token,
      );
      expectError(late, 'BAD_USER_INPUT', 'startedAt');
    });
  });

  describe('renameTeam', () => {
    it('is for admins only', async () => {
      const { people, teams } = await world();
      for (const caller of [people['Em Employee'], people['Mo Manager']])
        expectError(await api.gql(RENAME, { teamId: teams.Phones.id, name: 'Voice' }, caller.token), 'FORBIDDEN');
    });

    it('renames, keeping names unique in the organisation ignoring case', async () => {
      const { admin, teams } = await world();
      const other = await world();
      expect((await api.ok(RENAME, { teamId: teams.Phones.id, name: ' Voice ' }, admin.token)).renameTeam.name).toBe('Voice');
      expect((await api.ok(RENAME, { teamId: teams.Phones.id, name: 'VOICE' }, admin.token)).renameTeam.name).toBe('VOICE');
      const taken = await api.gql(RENAME, { teamId: teams.Phones.id, name: 'chat' }, admin.token);
      expectError(taken, 'BAD_USER_INPUT', 'name');
      expect(taken.errors![0]!.message).toBe('A team named "chat" already exists');
      expectError(await api.gql(RENAME, { teamId: teams.Phones.id, name: ' ' }, admin.token), 'BAD_USER_INPUT', 'name');
      expectError(await api.gql(RENAME, { teamId: other.teams.Chat.id, name: 'Mine' }, admin.token), 'NOT_FOUND');
      expect((await api.ok(RENAME, { teamId: other.teams.Chat.id, name: 'Voice' }, other.admin.token)).renameTeam.name).toBe('Voice');
    });
  });

  describe('importUsers', () => {
    const rows = [
      { email: 'Ana@Example.com', displayName: 'Ana Lima', role: 'EMPLOYEE', teamName: 'phones', startedAt: '2026-02-02T00:00:00.000Z' },
      { email: 'ben@example.com', displayName: 'Ben Ode', role: 'MANAGER', teamName: 'Returns' },
      { email: 'cat@example.com', displayName: 'Cat Ng', teamName: 'RETURNS' },
      { email: 'dan@example.com', displayName: 'Dan Roe' },
    ];

    it('is for admins only', async () => {
      const { people, organization } = await world();
      for (const caller of [people['Em Employee'], people['Mo Manager']])
        expectError(await api.gql(IMPORT, { input: { rows } }, caller.token), 'FORBIDDEN');
      expect((await peopleOf(organization.id)).map((person) => person.email)).not.toContain('dan@example.com');
    });

    it('adds everyone, joining teams by name ignoring case and making those missing once', async () => {
      const { admin, organization } = await world();
      const { importUsers } = await api.ok(IMPORT, { input: { rows: rows.map((row) => ({ ...row, email: row.email })) } }, admin.token);
      expect(importUsers).toEqual({ created: 4, skipped: 0, errors: [] });
      const added = (await peopleOf(organization.id)).filter((person) =>
        ['ana', 'ben', 'cat', 'dan'].includes(person.email.split('@')[0]!),
      );
      expect(added).toEqual([
        {
          email: 'ana@example.com',
          display_name: 'Ana Lima',
          role: 'EMPLOYEE',
          team: 'Phones',
          started_at: new Date('2026-02-02T00:00:00Z'),
        },
        { email: 'ben@example.com', display_name: 'Ben Ode', role: 'MANAGER', team: 'Returns', started_at: null },
        { email: 'cat@example.com', display_name: 'Cat Ng', role: 'EMPLOYEE', team: 'Returns', started_at: null },
        { email: 'dan@example.com', display_name: 'Dan Roe', role: 'EMPLOYEE', team: null, started_at: null },
      ]);
      const found = await api.ok(`{ people(search: "ana lima") { nodes { email } totalCount } }`, {}, admin.token);
      expect(found.people).toEqual({ nodes: [{ email: 'ana@example.com' }], totalCount: 1 });
    });

    it('adds nobody the second time, counting them as already there', async () => {
      const { admin, organization } = await world();
      const unique = rows.map((row) => ({ ...row, email: row.email.replace('@', '+again@') }));
      await api.ok(IMPORT, { input: { rows: unique } }, admin.token);
      const before = await peopleOf(organization.id);
      const second = await api.ok(
        IMPORT,
        { input: { rows: [...unique, { email: 'eve+again@example.com', displayName: 'Eve' }] } },
        admin.token,
      );
      expect(second.importUsers).toEqual({ created: 1, skipped: 4, errors: [] });
      expect((await peopleOf(organization.id)).length).toBe(before.length + 1);
    });

    it('adds nobody when any row is wrong, and names every wrong field of every row', async () => {
      const { admin, organization } = await world();
      const before = await peopleOf(organization.id);
      const teams = await api.sql('SELECT id FROM teams WHERE organization_id = $1', [organization.id]);
      const { importUsers } = await api.ok(
        IMPORT,
        {
          input: {
            rows: [
              { email: 'fay@example.com', displayName: 'Fay', teamName: 'Brand new team' },
              { email: 'not an email', displayName: ' ' },
              { email: 'FAY@example.com', displayName: 'Fay again', startedAt: '1900-01-01T00:00:00Z' },
            ],
          },
        },
        admin.token,
      );
      expect(importUsers).toEqual({
        created: 0,
        skipped: 0,
        errors: [
          { row: 2, field: 'email', message: '“not an email” is not an email address' },
          { row: 2, field: 'displayName', message: 'The name is missing' },
          { row: 3, field: 'email', message: 'fay@example.com is also on row 1' },
          { row: 3, field: 'startedAt', message: 'The start date must be in 1950 or later' },
        ],
      });
      expect(await peopleOf(organization.id)).toEqual(before);
      expect(await api.sql('SELECT id FROM teams WHERE organization_id = $1', [organization.id])).toEqual(teams);
    });

    it('refuses a row whose email another organisation holds, neutrally, and adds nobody', async () => {
      const { admin, organization } = await world();
      const other = await world();
      const before = await peopleOf(organization.id);
      const { importUsers } = await api.ok(
        IMPORT,
        {
          input: {
            rows: [
              { email: 'gus@example.com', displayName: 'Gus', teamName: 'Newly named' },
              { email: other.admin.email, displayName: 'Taken' },
            ],
          },
        },
        admin.token,
      );
      expect(importUsers).toEqual({
        created: 0,
        skipped: 0,
        errors: [{ row: 2, field: 'email', message: 'This email address cannot be used for a new account: ask the person for another' }],
      });
      expect(await peopleOf(organization.id)).toEqual(before);
      expect(await api.sql(`SELECT id FROM teams WHERE name = 'Newly named'`)).toEqual([]);
    });

    it('refuses more than 5,000 rows, and none at all', async () => {
      const { admin } = await world();
      const many = Array.from({ length: 5001 }, (_, index) => ({ email: `p${index}@x.io`, displayName: 'P' }));
      const tooMany = await api.gql(IMPORT, { input: { rows: many } }, admin.token);
      expectError(tooMany, 'BAD_USER_INPUT', 'rows');
      expect(tooMany.errors![0]!.message).toBe('An import holds at most 5,000 people: split the file');
      expectError(await api.gql(IMPORT, { input: { rows: [] } }, admin.token), 'BAD_USER_INPUT', 'rows');
    });

    it('adds each person once when the same rows are imported twice at the same time', async () => {
      const { admin, organization } = await world();
      const same = Array.from({ length: 40 }, (_, index) => ({
        email: `race${index}@example.com`,
        displayName: `Racer ${index}`,
        teamName: 'Racers',
      }));
      const results = await Promise.all([1, 2, 3].map(() => api.ok(IMPORT, { input: { rows: same } }, admin.token)));
      expect(results.map((result) => result.importUsers.created).sort()).toEqual([0, 0, 40]);
      expect(results.map((result) => result.importUsers.skipped).sort()).toEqual([0, 40, 40]);
      const [{ count, teams }] = await api.sql(
        `SELECT count(*)::int AS count, count(DISTINCT team_id)::int AS teams FROM users WHERE organization_id = $1 AND email LIKE 'race%'`,
        [organization.id],
      );
      expect({ count, teams }).toEqual({ count: 40, teams: 1 });
    });

    it('adds 5,000 people in one import, in a few statements', async () => {
      const { admin, organization } = await world();
      const many = Array.from({ length: 5000 }, (_, index) => ({
        email: `bulk${index}@example.com`,
        displayName: `Bulk ${index}`,
        teamName: `Bulk ${index % 7}`,
      }));
      let result: Record<string, any> = {};
      const statements = await queriesDuring(api, async () => (result = await api.ok(IMPORT, { input: { rows: many } }, admin.token)));
      expect(result.importUsers).toEqual({ created: 5000, skipped: 0, errors: [] });
      // The sign-in check, begin, the lock, the emails taken, the teams found, counted, made and found again, the people added,
      // their onboarding path looked up (none here), commit.
      expect(statements).toBeLessThanOrEqual(11);
      const [{ count }] = await api.sql(`SELECT count(*)::int AS count FROM users WHERE organization_id = $1 AND email LIKE 'bulk%'`, [
        organization.id,
      ]);
      expect(count).toBe(5000);
    }, 120_000);

    it('lets an imported person sign in once an admin gives them a password, not before', async () => {
      const { admin, people } = await world();
      await api.ok(IMPORT, { input: { rows: [{ email: 'hal@example.com', displayName: 'Hal Imported' }] } }, admin.token);
      const [{ id }] = await api.sql(`SELECT id FROM users WHERE email = 'hal@example.com'`);
      expectError(await api.gql(LOGIN, { email: 'hal@example.com', password: 'none' }), 'UNAUTHENTICATED');
      expectError(await api.gql(SET_PASSWORD, { userId: id, password: PASSWORD }, people['Mo Manager'].token), 'FORBIDDEN');
      expectError(await api.gql(SET_PASSWORD, { userId: id, password: 'password1' }, admin.token), 'BAD_USER_INPUT', 'password');
      await api.ok(SET_PASSWORD, { userId: id, password: PASSWORD }, admin.token);
      expect((await api.ok(LOGIN, { email: 'hal@example.com', password: PASSWORD })).login.token).toEqual(expect.any(String));
    });
  });
});
