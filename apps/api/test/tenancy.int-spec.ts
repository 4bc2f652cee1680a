import { expectError } from './support/errors.js';
import {
  COMPLETE_MODULE,
  addMember,
  completeModule,
  ledgerOf,
  tableCounts,
  type Member,
  type Organization,
  type SeededCourse,
} from './support/fixtures.js';
import { startTestApi, type TestApi } from './support/test-app.js';
import { buildWorld } from './support/world.js';

interface Tenant {
  readonly organization: Organization;
  readonly teamId: string;
  readonly manager: Member;
  readonly employee: Member;
  readonly course: SeededCourse;
  readonly draft: SeededCourse;
  readonly pathId: string;
}

describe('tenancy: one organisation never sees or changes another’s data', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  /** An organisation with a managed team, a published course the employee has started, a draft and a learning path. */
  async function seedTenant(name: string): Promise<Tenant> {
    const { organization, teams, courses } = await buildWorld(api, {
      name,
      defaultBadges: false,
      teams: { [`${name} Team`]: { manager: `${name} Manager`, members: [`${name} Employee`] } },
      people: [`${name} Manager`],
      courses: { course: { title: `${name} course` }, draft: { title: `${name} draft`, publish: false } },
    });
    const {
      id: teamId,
      manager,
      members: [employee],
    } = teams[`${name} Team`];
    const { course, draft } = courses;
    const { createLearningPath } = await api.ok<{ createLearningPath: { id: string } }>(
      `mutation ($input: CreateLearningPathInput!) { createLearningPath(input: $input) { id } }`,
      { input: { title: `${name} path`, description: '', courseIds: [course.id, draft.id] } },
      organization.admin.token,
    );
    await completeModule(api, employee.token, course.modules[0]!.id);
    return { organization, teamId, manager, employee, course, draft, pathId: createLearningPath.id };
  }

  async function seedTwo(): Promise<[Tenant, Tenant]> {
    return [await seedTenant('Alpha'), await seedTenant('Bravo')];
  }

  it("answers NOT_FOUND for another organisation's course, team and team members, to an admin and an employee alike", async () => {
    const [alpha, bravo] = await seedTwo();
    for (const token of [alpha.organization.admin.token, alpha.employee.token]) {
      const course = await api.gql(`query ($id: ID!) { course(id: $id) { id title } }`, { id: bravo.course.id }, token);
      expectError(course, 'NOT_FOUND');
      expect(course.data).toEqual({ course: null });
      const team = await api.gql(`query ($id: ID!) { team(id: $id) { id name members { id } } }`, { id: bravo.teamId }, token);
      expectError(team, 'NOT_FOUND');
      expect(team.data).toEqual({ team: null });
      const users = await api.gql(`query ($teamId: ID) { users(teamId: $teamId) { id } }`, { teamId: bravo.teamId }, token);
      expectError(users, 'NOT_FOUND');
      expect(users.data).toBeNull();
    }
  });

  it("answers NOT_FOUND to enrolling in or completing another organisation's course, and records nothing", async () => {
    const [alpha, bravo] = await seedTwo();
    const learner = await addMember(api, alpha.organization);
    const before = await tableCounts(api);

    expectError(await api.gql(`mutation ($id: ID!) { enroll(courseId: $id) { id } }`, { id: bravo.course.id }, learner.token), 'NOT_FOUND');
    expectError(await api.gql(COMPLETE_MODULE, { input: { moduleId: bravo.course.modules[0]!.id } }, learner.token), 'NOT_FOUND');
    expectError(
      await api.gql(COMPLETE_MODULE, { input: { moduleId: bravo.course.modules[1]!.id, answers: [1, 0] } }, learner.token),
      'NOT_FOUND',
    );
    expectError(
      await api.gql(COMPLETE_MODULE, { input: { moduleId: bravo.draft.modules[0]!.id } }, alpha.organization.admin.token),
      'NOT_FOUND',
    );

    expect(await tableCounts(api)).toEqual(before);
    expect(await ledgerOf(api, learner.id)).toEqual({ rows: [], sum: 0, points: 0 });
  });

  it("answers NOT_FOUND to authoring against another organisation's courses, and changes nothing", async () => {
    const [alpha, bravo] = await seedTwo();
    const before = await tableCounts(api);
    const token = alpha.organization.admin.token;

    const addModule = await api.gql(
      `mutation ($input: AddModuleInput!) { addModule(input: $input) { id } }`,
      { input: { courseId: bravo.draft.id, title: 'Injected', kind: 'LESSON', body: '', points: 500 } },
      token,
    );
    expectError(addModule, 'NOT_FOUND');
    expectError(await api.gql(`mutation ($id: ID!) { publishCourse(courseId: $id) { id } }`, { id: bravo.draft.id }, token), 'NOT_FOUND');
    const path = await api.gql(
      `mutation ($input: CreateLearningPathInput!) { createLearningPath(input: $input) { id } }`,
      { input: { title: 'Borrowed', description: '', courseIds: [alpha.course.id, bravo.course.id] } },
      token,
    );
    expectError(path, 'NOT_FOUND');
    expect(path.errors![0]!.message).toBe(`Course ${bravo.course.id} was not found`);

    expect(await tableCounts(api)).toEqual(before);
    expect(await api.sql('SELECT status, published_at FROM courses WHERE id = $1', [bravo.draft.id])).toEqual([
      { status: 'DRAFT', published_at: null },
    ]);
    expect(await api.sql(`SELECT 1 FROM modules WHERE title = 'Injected'`)).toEqual([]);
  });

  it("answers NOT_FOUND to managing teams and people across organisations, and changes nobody's team or role", async () => {
    const [alpha, bravo] = await seedTwo();
    const token = alpha.organization.admin.token;
    const before = await tableCounts(api);
    const snapshot = () =>
      api.sql('SELECT id, role::text, team_id FROM users UNION ALL SELECT id, manager_id::text, NULL FROM teams ORDER BY 1');
    const people = await snapshot();

    const setManager = `mutation ($teamId: ID!, $userId: ID!) { setTeamManager(teamId: $teamId, userId: $userId) { id } }`;
    const theirTeam = await api.gql(setManager, { teamId: bravo.teamId, userId: alpha.employee.id }, token);
    expectError(theirTeam, 'NOT_FOUND');
    expect(theirTeam.errors![0]!.message).toBe(`Team ${bravo.teamId} was not found`);
    const theirPerson = await api.gql(setManager, { teamId: alpha.teamId, userId: bravo.employee.id }, token);
    expectError(theirPerson, 'NOT_FOUND');
    expect(theirPerson.errors![0]!.message).toBe(`User ${bravo.employee.id} was not found`);

    const createUser = await api.gql(
      `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      {
        input: {
          email: 'smuggled@example.com',
          displayName: 'Smuggled',
          password: 'a long password',
          role: 'EMPLOYEE',
          teamId: bravo.teamId,
        },
      },
      token,
    );
    expectError(createUser, 'NOT_FOUND');
    const createTeam = await api.gql(
      `mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id } }`,
      { input: { name: 'Poached', managerId: bravo.employee.id } },
      token,
    );
    expectError(createTeam, 'NOT_FOUND');

    expect(await tableCounts(api)).toEqual(before);
    expect(await snapshot()).toEqual(people);
    expect(await api.sql(`SELECT role FROM users WHERE id = $1`, [bravo.employee.id])).toEqual([{ role: 'EMPLOYEE' }]);
  });

  it("never lists another organisation's people, courses, paths, teams, enrollments or points", async () => {
    const [alpha, bravo] = await seedTwo();
    await completeModule(api, bravo.employee.token, bravo.course.modules[1]!.id, { answers: [1, 0] });
    const ids = async (sql: string, params: unknown[]) => (await api.sql<{ id: string }>(sql, params)).map((row) => row.id).sort();
    const sorted = (rows: { id: string }[]) => rows.map((row) => row.id).sort();

    for (const viewer of [alpha.organization.admin, alpha.employee]) {
      const { users, courses, learningPaths, organization, myEnrollments, pointsHistory } = await api.ok(
        `{
          users { id }
          courses { id }
          learningPaths { id courses { id } }
          organization { id teams { id members(first: 10) { id } manager { id } } }
          myEnrollments { id course { id } }
          pointsHistory(first: 200) { id }
        }`,
        {},
        viewer.token,
      );
      expect(sorted(users)).toEqual(await ids('SELECT id FROM users WHERE organization_id = $1', [alpha.organization.id]));
      const visibleCourses = viewer === alpha.employee ? [alpha.course.id] : [alpha.course.id, alpha.draft.id].sort();
      expect(sorted(courses)).toEqual(visibleCourses);
      expect(learningPaths).toEqual([
        {
          id: alpha.pathId,
          courses: viewer === alpha.employee ? [{ id: alpha.course.id }] : [{ id: alpha.course.id }, { id: alpha.draft.id }],
        },
      ]);
      expect(organization).toEqual({
        id: alpha.organization.id,
        teams: [{ id: alpha.teamId, manager: { id: alpha.manager.id }, members: [{ id: alpha.employee.id }] }],
      });
      expect(myEnrollments.map((enrollment: { course: { id: string } }) => enrollment.course.id)).toEqual(
        viewer === alpha.employee ? [alpha.course.id] : [],
      );
      expect(sorted(myEnrollments)).toEqual(await ids('SELECT id FROM enrollments WHERE user_id = $1', [viewer.id]));
      expect(sorted(pointsHistory)).toEqual(await ids('SELECT id::text FROM points_entries WHERE user_id = $1', [viewer.id]));
    }
    // Bravo's rows exist all the while: the lists above left them out.
    expect(await api.sql('SELECT count(*)::int AS count FROM points_entries WHERE organization_id = $1', [bravo.organization.id])).toEqual([
      { count: 3 },
    ]);
  });
});
