import { randomBytes } from 'node:crypto';
import { DAY_MS } from './support/achievements.js';
import { expectError } from './support/errors.js';
import { PASSWORD, createCourse, type Organization } from './support/fixtures.js';
import { queriesDuring } from './support/statements.js';
import { startTestApi, type TestApi } from './support/test-app.js';
import { buildWorld } from './support/world.js';

const SET_PATH = `mutation ($pathId: ID, $dueDays: Int) {
  setOnboardingPath(pathId: $pathId, dueDays: $dueDays) { id onboardingPath { id title } onboardingDueDays }
}`;
const CREATE_PATH = `mutation ($input: CreateLearningPathInput!) { createLearningPath(input: $input) { id } }`;
const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`;
const IMPORT = `mutation ($input: ImportUsersInput!) { importUsers(input: $input) { created errors { row field message } } }`;
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;
const MY_ONBOARDING = `{
  organization { onboardingPath { id title } onboardingDueDays }
  myAssignments { course { id } dueAt status }
}`;

const NOW = new Date('2026-12-07T09:00:00.000Z');
const unique = () => randomBytes(4).toString('hex');

describe('onboarding from day one: the organisation’s path, assigned to everyone it adds', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());
  beforeEach(() => api.clock.set(NOW));
  afterEach(() => api.clock.reset());

  /** An organisation with a two-course onboarding path and another path of one course. */
  async function world() {
    const { organization, admin, people } = await buildWorld(api, { defaultBadges: false, people: ['Eli Employee'] });
    const welcome = await createCourse(api, admin.token, { title: 'Welcome' });
    const tools = await createCourse(api, admin.token, { title: 'Our tools' });
    const draft = await createCourse(api, admin.token, { title: 'Not yet', publish: false });
    const refresher = await createCourse(api, admin.token, { title: 'Refresher' });
    const path = async (title: string, courseIds: string[]) =>
      (await api.ok<{ createLearningPath: { id: string } }>(CREATE_PATH, { input: { title, description: title, courseIds } }, admin.token))
        .createLearningPath.id;
    return {
      organization,
      admin: admin.token,
      employee: people['Eli Employee'],
      courses: { welcome: welcome.id, tools: tools.id, refresher: refresher.id },
      onboarding: await path('Onboarding', [welcome.id, draft.id, tools.id]),
      other: await path('Refresh', [refresher.id]),
      draftOnly: await path('Drafts', [draft.id]),
    };
  }

  const assignmentsOf = (userId: string) =>
    api.sql<{ course_id: string; due_at: Date; assigned_by_id: string }>(
      'SELECT course_id, due_at, assigned_by_id FROM assignments WHERE assignee_id = $1 ORDER BY course_id',
      [userId],
    );

  async function hire(organization: Organization, startedAt?: string) {
    const email = `new-${unique()}@example.com`;
    const { createUser } = await api.ok<{ createUser: { id: string } }>(
      CREATE_USER,
      { input: { email, displayName: 'Nia New', password: PASSWORD, role: 'EMPLOYEE', startedAt } },
      organization.admin.token,
    );
    const { login } = await api.ok<{ login: { token: string } }>(LOGIN, { email, password: PASSWORD });
    return { id: createUser.id, token: login.token };
  }

  it('assigns the path’s published courses to a new hire, due the set days after their start date', async () => {
    const { organization, admin, courses, onboarding } = await world();
    const set = await api.ok(SET_PATH, { pathId: onboarding, dueDays: 30 }, admin);
    expect(set.setOnboardingPath).toMatchObject({ onboardingPath: { id: onboarding, title: 'Onboarding' }, onboardingDueDays: 30 });

    const starting = await hire(organization, '2027-01-04T00:00:00.000Z');
    const due = new Date('2027-02-03T00:00:00.000Z');
    expect(await assignmentsOf(starting.id)).toEqual(
      [courses.welcome, courses.tools]
        .sort()
        .map((courseId) => ({ course_id: courseId, due_at: due, assigned_by_id: organization.admin.id })),
    );

    // The new hire sees the path and its courses as their own assignments, enrolled.
    const mine = await api.ok(MY_ONBOARDING, {}, starting.token);
    expect(mine.organization).toEqual({ onboardingPath: { id: onboarding, title: 'Onboarding' }, onboardingDueDays: 30 });
    expect(mine.myAssignments.map((assignment: { course: { id: string } }) => assignment.course.id).sort()).toEqual(
      [courses.welcome, courses.tools].sort(),
    );
    const enrolled = await api.sql('SELECT course_id, due_at FROM enrollments WHERE user_id = $1', [starting.id]);
    expect(enrolled).toHaveLength(2);
    expect(enrolled.every((row) => row.due_at.getTime() === due.getTime())).toBe(true);
  });

  it('counts from today for a new hire without a start date', async () => {
    const { organization, admin, onboarding } = await world();
    await api.ok(SET_PATH, { pathId: onboarding, dueDays: 14 }, admin);
    const undated = await hire(organization);
    const rows = await assignmentsOf(undated.id);
    expect(rows.map((row) => row.due_at)).toEqual([new Date(NOW.getTime() + 14 * DAY_MS), new Date(NOW.getTime() + 14 * DAY_MS)]);
  });

  it('assigns it to everyone a CSV import adds, in the import’s transaction', async () => {
    const { admin, courses, onboarding } = await world();
    await api.ok(SET_PATH, { pathId: onboarding, dueDays: 10 }, admin);
    const rows = [
      { email: `ana-${unique()}@example.com`, displayName: 'Ana Lima', startedAt: '2027-01-11T00:00:00.000Z' },
      { email: `ben-${unique()}@example.com`, displayName: 'Ben Ode' },
    ];
    expect((await api.ok(IMPORT, { input: { rows } }, admin)).importUsers).toEqual({ created: 2, errors: [] });
    const imported = await api.sql<{ id: string; email: string }>('SELECT id, email FROM users WHERE email = ANY($1) ORDER BY email', [
      rows.map((row) => row.email),
    ]);
    const [ana, ben] = imported;
    expect((await assignmentsOf(ana!.id)).map((row) => [row.course_id, row.due_at])).toEqual(
      [courses.welcome, courses.tools].sort().map((id) => [id, new Date('2027-01-21T00:00:00.000Z')]),
    );
    expect((await assignmentsOf(ben!.id)).map((row) => row.due_at)).toEqual([
      new Date(NOW.getTime() + 10 * DAY_MS),
      new Date(NOW.getTime() + 10 * DAY_MS),
    ]);
    // Importing the same rows again adds and assigns nobody twice.
    expect((await api.ok(IMPORT, { input: { rows } }, admin)).importUsers).toEqual({ created: 0, errors: [] });
    expect(await assignmentsOf(ana!.id)).toHaveLength(2);
  });

  it('onboards a large import in a few statements, whatever the number of people', async () => {
    const { organization, admin, onboarding } = await world();
    await api.ok(SET_PATH, { pathId: onboarding, dueDays: 30 }, admin);
    const rows = Array.from({ length: 1000 }, (_, index) => ({
      email: `bulk${index}-${unique()}@example.com`,
      displayName: `Bulk ${index}`,
    }));
    const statements = await queriesDuring(api, () => api.ok(IMPORT, { input: { rows } }, admin));
    // Those of the import itself, then the path looked up, the assignments and the enrollments written.
    expect(statements).toBeLessThanOrEqual(12);
    const [{ count }] = await api.sql(
      `SELECT count(*)::int AS count FROM assignments a JOIN users u ON u.id = a.assignee_id WHERE u.organization_id = $1`,
      [organization.id],
    );
    expect(count).toBe(2000);
  });

  it('leaves people already onboarded as they are when the path changes, and assigns nothing once turned off', async () => {
    const { organization, admin, courses, onboarding, other, employee } = await world();
    await api.ok(SET_PATH, { pathId: onboarding, dueDays: 30 }, admin);
    const first = await hire(organization);
    await api.ok(SET_PATH, { pathId: other, dueDays: 7 }, admin);
    const second = await hire(organization);

    expect((await assignmentsOf(first.id)).map((row) => row.course_id)).toEqual([courses.welcome, courses.tools].sort());
    expect(await assignmentsOf(second.id)).toEqual([
      { course_id: courses.refresher, due_at: new Date(NOW.getTime() + 7 * DAY_MS), assigned_by_id: organization.admin.id },
    ]);
    // People there before onboarding was set were never assigned it.
    expect(await assignmentsOf(employee.id)).toEqual([]);

    const off = await api.ok(SET_PATH, { pathId: null }, admin);
    expect(off.setOnboardingPath).toMatchObject({ onboardingPath: null, onboardingDueDays: null });
    expect(await assignmentsOf((await hire(organization)).id)).toEqual([]);
  });

  it('refuses a path without a published course and days outside 1..365, naming the field', async () => {
    const { admin, onboarding, draftOnly } = await world();
    expectError(await api.gql(SET_PATH, { pathId: draftOnly, dueDays: 30 }, admin), 'BAD_USER_INPUT', 'pathId');
    for (const dueDays of [0, 366, -1, null]) {
      expectError(await api.gql(SET_PATH, { pathId: onboarding, dueDays }, admin), 'BAD_USER_INPUT', 'dueDays');
    }
    expectError(await api.gql(SET_PATH, { pathId: 'not-an-id', dueDays: 30 }, admin), 'BAD_USER_INPUT', 'pathId');
    expect((await api.ok(`{ organization { onboardingPath { id } } }`, {}, admin)).organization.onboardingPath).toBeNull();
  });

  it('is set by admins only, and another organisation’s path is not found', async () => {
    const { admin, employee, onboarding } = await world();
    const stranger = await world();
    expectError(await api.gql(SET_PATH, { pathId: onboarding, dueDays: 30 }, employee.token), 'FORBIDDEN');
    expectError(await api.gql(SET_PATH, { pathId: stranger.onboarding, dueDays: 30 }, admin), 'NOT_FOUND');
  });
});
