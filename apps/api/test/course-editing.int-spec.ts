import { expectError } from './support/errors.js';
import { addMember, completeModule, createCourse, signUpOrganization, type Member, type Organization } from './support/fixtures.js';
import { startTestApi, type TestApi } from './support/test-app.js';

const UPDATE_COURSE = `mutation ($input: UpdateCourseInput!) { updateCourse(input: $input) { id title summary skills estimatedMinutes points status } }`;
const ADD_MODULE = `mutation ($input: AddModuleInput!) { addModule(input: $input) { id position } }`;
const UPDATE_MODULE = `mutation ($input: UpdateModuleInput!) {
  updateModule(input: $input) { id title body points passingScore questions { prompt choices } }
}`;
const MOVE = `mutation ($id: ID!, $position: Int!) { moveModule(moduleId: $id, position: $position) { id modules { id position } } }`;
const REMOVE = `mutation ($id: ID!) { removeModule(moduleId: $id) { id modules { id position } } }`;
const ARCHIVE = `mutation ($id: ID!) { archiveCourse(courseId: $id) { id status } }`;
const MY_ENROLLMENTS = `{ myEnrollments { course { id } status progress completedAt } }`;
const MY_ASSIGNMENTS = `{ myAssignments { id } }`;
const COURSES = `query ($search: String) { courses(search: $search) { id title status } }`;
const CREATE_PATH = `mutation ($input: CreateLearningPathInput!) { createLearningPath(input: $input) { id } }`;
const UPDATE_PATH = `mutation ($input: UpdateLearningPathInput!) {
  updateLearningPath(input: $input) { id title description courses { id } }
}`;

const lesson = (courseId: string, title: string) => ({ courseId, title, kind: 'LESSON', body: `# ${title}`, points: 10 });
const question = (answerIndex: number) => ({ prompt: 'Which?', choices: ['First', 'Second', 'Third'], answerIndex });

describe('editing courses and learning paths after creation', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  const positions = (courseId: string) =>
    api.sql<{ id: string; position: number }>('SELECT id, position FROM modules WHERE course_id = $1 ORDER BY position', [courseId]);

  /** A published course of three lessons, one learner who completed it and one halfway. */
  async function completedCourse(): Promise<{
    organization: Organization;
    manager: Member;
    done: Member;
    halfway: Member;
    course: Awaited<ReturnType<typeof createCourse>>;
  }> {
    const organization = await signUpOrganization(api);
    const manager = await addMember(api, organization, { role: 'MANAGER' });
    const course = await createCourse(api, manager.token, {
      modules: [
        { kind: 'LESSON', points: 10, title: 'One' },
        { kind: 'LESSON', points: 10, title: 'Two' },
        { kind: 'QUIZ', points: 20, title: 'Three', passingScore: 50, answers: [1] },
      ],
    });
    const done = await addMember(api, organization);
    await completeModule(api, done.token, course.modules[0]!.id);
    await completeModule(api, done.token, course.modules[1]!.id);
    await completeModule(api, done.token, course.modules[2]!.id, { answers: [1] });
    const halfway = await addMember(api, organization);
    await completeModule(api, halfway.token, course.modules[0]!.id);
    return { organization, manager, done, halfway, course };
  }

  it('lets managers and admins edit a course, and refuses employees', async () => {
    const organization = await signUpOrganization(api);
    const manager = await addMember(api, organization, { role: 'MANAGER' });
    const employee = await addMember(api, organization);
    const course = await createCourse(api, organization.admin.token);
    const input = { courseId: course.id, title: '  Calm calls ', skills: ['Empathy', 'empathy', 'Listening'], points: 80 };

    expectError(await api.gql(UPDATE_COURSE, { input }, employee.token), 'FORBIDDEN');
    expectError(await api.gql(ARCHIVE, { id: course.id }, employee.token), 'FORBIDDEN');
    expectError(await api.gql(MOVE, { id: course.modules[0]!.id, position: 1 }, employee.token), 'FORBIDDEN');
    expectError(await api.gql(REMOVE, { id: course.modules[0]!.id }, employee.token), 'FORBIDDEN');
    expectError(await api.gql(UPDATE_MODULE, { input: { moduleId: course.modules[0]!.id, title: 'x' } }, employee.token), 'FORBIDDEN');

    const { updateCourse } = await api.ok(UPDATE_COURSE, { input }, manager.token);
    expect(updateCourse).toEqual({
      id: course.id,
      title: 'Calm calls',
      summary: 'A course for tests',
      skills: ['empathy', 'listening'],
      estimatedMinutes: 15,
      points: 80,
      status: 'PUBLISHED',
    });
    const other = await signUpOrganization(api);
    expectError(await api.gql(UPDATE_COURSE, { input: { courseId: course.id, title: 'Theirs' } }, other.admin.token), 'NOT_FOUND');
  });

  it('refuses bad edits naming the field in words, and changes nothing', async () => {
    const organization = await signUpOrganization(api);
    const course = await createCourse(api, organization.admin.token);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ title: '   ' }, 'title', 'Title must be 1 to 120 characters'],
      [{ summary: '' }, 'summary', 'Summary must be 1 to 1000 characters'],
      [{ skills: [] }, 'skills', 'Skills must name at least one skill'],
      [{ estimatedMinutes: 0 }, 'estimatedMinutes', 'Estimated minutes must be at least 1'],
      [{ points: -1 }, 'points', 'Points must be at least 0'],
    ];
    for (const [change, field, message] of cases) {
      const result = await api.gql(UPDATE_COURSE, { input: { courseId: course.id, ...change } }, organization.admin.token);
      expectError(result, 'BAD_USER_INPUT', field);
      expect(result.errors![0]!.message).toBe(message);
    }
    const quiz = course.modules[1]!.id;
    const badModule: [Record<string, unknown>, string][] = [
      [{ title: '' }, 'title'],
      [{ passingScore: 0 }, 'passingScore'],
      [{ questions: [] }, 'questions'],
      [{ questions: [{ ...question(4) }] }, 'questions'],
    ];
    for (const [change, field] of badModule) {
      expectError(
        await api.gql(UPDATE_MODULE, { input: { moduleId: quiz, ...change } }, organization.admin.token),
        'BAD_USER_INPUT',
        field,
      );
    }
    const lessonModule = course.modules[0]!.id;
    expectError(
      await api.gql(UPDATE_MODULE, { input: { moduleId: lessonModule, questions: [question(0)] } }, organization.admin.token),
      'BAD_USER_INPUT',
      'questions',
    );
    expectError(await api.gql(MOVE, { id: lessonModule, position: 2 }, organization.admin.token), 'BAD_USER_INPUT', 'position');
    expect(await api.sql('SELECT title, points FROM courses WHERE id = $1', [course.id])).toEqual([
      { title: expect.stringMatching(/^Course /), points: 50 },
    ]);
  });

  it('moves modules to any position and keeps 1..n under concurrent moves', async () => {
    const organization = await signUpOrganization(api);
    const course = await createCourse(api, organization.admin.token, {
      publish: false,
      modules: Array.from({ length: 5 }, () => ({ kind: 'LESSON' as const, points: 5 })),
    });
    const [a, b, c, d, e] = course.modules.map((module) => module.id);
    const { moveModule } = await api.ok(MOVE, { id: a, position: 3 }, organization.admin.token);
    expect(moveModule.modules.map((module: { id: string }) => module.id)).toEqual([b, c, d, a, e]);
    await api.ok(MOVE, { id: e, position: 0 }, organization.admin.token);
    expect((await positions(course.id)).map((row) => row.id)).toEqual([e, b, c, d, a]);

    await Promise.all([a, b, c, d, e, a, c, e].map((id, index) => api.ok(MOVE, { id, position: index % 5 }, organization.admin.token)));
    const after = await positions(course.id);
    expect(after.map((row) => row.position)).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(after.map((row) => row.id))).toEqual(new Set([a, b, c, d, e]));
  });

  it('keeps completions valid when a published course gains, loses, reorders and edits modules', async () => {
    const { manager, done, halfway, course } = await completedCourse();
    const before = await api.sql('SELECT count(*)::int AS entries FROM points_entries WHERE user_id = $1', [done.id]);

    const { addModule } = await api.ok(ADD_MODULE, { input: lesson(course.id, 'Four') }, manager.token);
    expect(addModule.position).toBe(4);
    await api.ok(MOVE, { id: addModule.id, position: 0 }, manager.token);
    await api.ok(UPDATE_COURSE, { input: { courseId: course.id, title: 'Renamed' } }, manager.token);
    const { updateModule } = await api.ok(
      UPDATE_MODULE,
      { input: { moduleId: course.modules[2]!.id, passingScore: 100, questions: [question(2), question(0)] } },
      manager.token,
    );
    expect(updateModule.passingScore).toBe(100);
    expect(updateModule.questions.map((q: { prompt: string }) => q.prompt)).toEqual(['Which?', 'Which?']);

    const [doneView] = (await api.ok(MY_ENROLLMENTS, {}, done.token)).myEnrollments;
    expect(doneView).toMatchObject({ course: { id: course.id }, status: 'COMPLETED', progress: 1 });
    const [halfwayView] = (await api.ok(MY_ENROLLMENTS, {}, halfway.token)).myEnrollments;
    expect(halfwayView).toMatchObject({ status: 'IN_PROGRESS', progress: 0.25 });
    expect(await api.sql('SELECT count(*)::int AS entries FROM points_entries WHERE user_id = $1', [done.id])).toEqual(before);
    expect(await api.sql('SELECT count(*)::int AS passes FROM module_completions WHERE user_id = $1 AND passed', [done.id])).toEqual([
      { passes: 3 },
    ]);

    // Nobody passed the new module: it can go, and the gap closes.
    const { removeModule } = await api.ok(REMOVE, { id: addModule.id }, manager.token);
    expect(removeModule.modules.map((module: { position: number }) => module.position)).toEqual([1, 2, 3]);
    expect((await positions(course.id)).map((row) => row.id)).toEqual(course.modules.map((module) => module.id));
    const [halfwayAfter] = (await api.ok(MY_ENROLLMENTS, {}, halfway.token)).myEnrollments;
    expect(halfwayAfter.progress).toBeCloseTo(1 / 3);
  });

  it('refuses to remove a module someone completed, telling to archive the course', async () => {
    const { manager, course } = await completedCourse();
    const result = await api.gql(REMOVE, { id: course.modules[1]!.id }, manager.token);
    expectError(result, 'BAD_USER_INPUT', 'moduleId');
    expect(result.errors![0]!.message).toMatch(/1 person has already completed this module.*archive the course/);
    expect(await positions(course.id)).toHaveLength(3);
  });

  it('refuses a removal that would finish the course for someone without recording it', async () => {
    const organization = await signUpOrganization(api);
    const course = await createCourse(api, organization.admin.token, {
      modules: [
        { kind: 'LESSON', points: 10 },
        { kind: 'LESSON', points: 10 },
      ],
    });
    const learner = await addMember(api, organization);
    await completeModule(api, learner.token, course.modules[0]!.id);
    const result = await api.gql(REMOVE, { id: course.modules[1]!.id }, organization.admin.token);
    expectError(result, 'BAD_USER_INPUT', 'moduleId');
    expect(result.errors![0]!.message).toMatch(/passed every other module/);
  });

  it('archives a course: gone from the catalogue and unfinished lists, while completions, points and awards stay', async () => {
    const { organization, manager, done, halfway, course } = await completedCourse();
    const held = () =>
      api.sql(
        `SELECT (SELECT count(*)::int FROM points_entries WHERE user_id = $1) AS points,
                (SELECT count(*)::int FROM badge_awards WHERE user_id = $1) AS badges,
                (SELECT count(*)::int FROM credentials WHERE id IN (SELECT id FROM badge_awards WHERE user_id = $1)) AS credentials,
                (SELECT count(*)::int FROM module_completions WHERE user_id = $1) AS completions`,
        [done.id],
      );
    await api.ok(
      `mutation ($input: AssignCourseInput!) { assignCourse(input: $input) { id } }`,
      { input: { courseId: course.id, userIds: [halfway.id] } },
      organization.admin.token,
    );
    expect((await api.ok(MY_ASSIGNMENTS, {}, halfway.token)).myAssignments).toHaveLength(1);
    const before = await held();
    expect(before).toEqual([{ points: expect.any(Number), badges: expect.any(Number), credentials: expect.any(Number), completions: 3 }]);
    expect(before[0]!.badges).toBeGreaterThan(0);
    expect(before[0]!.credentials).toBe(before[0]!.badges);
    const { archiveCourse } = await api.ok(ARCHIVE, { id: course.id }, manager.token);
    expect(archiveCourse.status).toBe('ARCHIVED');
    expect(await held()).toEqual(before);

    expect((await api.ok(COURSES, {}, done.token)).courses.map((c: { id: string }) => c.id)).not.toContain(course.id);
    expect((await api.ok(COURSES, {}, organization.admin.token)).courses).toContainEqual({
      id: course.id,
      title: expect.any(String),
      status: 'ARCHIVED',
    });
    expect((await api.ok(MY_ENROLLMENTS, {}, done.token)).myEnrollments).toEqual([
      expect.objectContaining({ course: { id: course.id }, status: 'COMPLETED', progress: 1 }),
    ]);
    expect((await api.ok(MY_ENROLLMENTS, {}, halfway.token)).myEnrollments).toEqual([]);
    // An assignment of it can no longer be acted on: it leaves the lists, and the row stays.
    expect((await api.ok(MY_ASSIGNMENTS, {}, halfway.token)).myAssignments).toEqual([]);
    expect(await api.sql('SELECT count(*)::int AS count FROM assignments WHERE course_id = $1', [course.id])).toEqual([{ count: 1 }]);

    const late = await api.gql(
      `mutation ($input: CompleteModuleInput!) { completeModule(input: $input) { pointsAwarded } }`,
      { input: { moduleId: course.modules[1]!.id } },
      halfway.token,
    );
    expectError(late, 'BAD_USER_INPUT', 'moduleId');
    expect(late.errors![0]!.message).toMatch(/is archived/);
    expectError(
      await api.gql(UPDATE_COURSE, { input: { courseId: course.id, title: 'Again' } }, manager.token),
      'BAD_USER_INPUT',
      'courseId',
    );
    expectError(await api.gql(ADD_MODULE, { input: lesson(course.id, 'More') }, manager.token), 'BAD_USER_INPUT', 'courseId');
    expectError(await api.gql(MOVE, { id: course.modules[0]!.id, position: 1 }, manager.token), 'BAD_USER_INPUT', 'moduleId');
  });

  it('edits a learning path: title, description, and its courses added, removed and reordered', async () => {
    const organization = await signUpOrganization(api);
    const manager = await addMember(api, organization, { role: 'MANAGER' });
    const employee = await addMember(api, organization);
    const [a, b, c] = await Promise.all(
      ['Alpha calls', 'Beta calls', 'Gamma calls'].map((title) =>
        createCourse(api, manager.token, { title, modules: [{ kind: 'LESSON', points: 1 }] }),
      ),
    );
    const { createLearningPath } = await api.ok(
      CREATE_PATH,
      { input: { title: 'Onboarding', description: 'First weeks', courseIds: [a!.id, b!.id] } },
      manager.token,
    );
    const input = { pathId: createLearningPath.id, title: 'Onboarding 2', description: '', courseIds: [c!.id, a!.id] };
    expectError(await api.gql(UPDATE_PATH, { input }, employee.token), 'FORBIDDEN');
    const { updateLearningPath } = await api.ok(UPDATE_PATH, { input }, manager.token);
    expect(updateLearningPath).toEqual({
      id: createLearningPath.id,
      title: 'Onboarding 2',
      description: '',
      courses: [{ id: c!.id }, { id: a!.id }],
    });
    const renamed = await api.ok(UPDATE_PATH, { input: { pathId: createLearningPath.id, title: 'Starters' } }, manager.token);
    expect(renamed.updateLearningPath.courses).toEqual([{ id: c!.id }, { id: a!.id }]);

    const refusals: [Record<string, unknown>, string, string][] = [
      [{ title: '' }, 'title', 'Title must be 1 to 120 characters'],
      [{ courseIds: [] }, 'courseIds', 'A learning path needs at least one course'],
      [{ courseIds: [a!.id, a!.id] }, 'courseIds', 'A learning path lists each course once'],
    ];
    for (const [change, field, message] of refusals) {
      const result = await api.gql(UPDATE_PATH, { input: { pathId: createLearningPath.id, ...change } }, manager.token);
      expectError(result, 'BAD_USER_INPUT', field);
      expect(result.errors![0]!.message).toBe(message);
    }
    await api.ok(ARCHIVE, { id: b!.id }, manager.token);
    expectError(
      await api.gql(UPDATE_PATH, { input: { pathId: createLearningPath.id, courseIds: [b!.id] } }, manager.token),
      'BAD_USER_INPUT',
      'courseIds',
    );
    const other = await signUpOrganization(api);
    const theirs = await createCourse(api, other.admin.token);
    expectError(
      await api.gql(UPDATE_PATH, { input: { pathId: createLearningPath.id, courseIds: [theirs.id] } }, manager.token),
      'NOT_FOUND',
    );
    expect(
      (await api.sql('SELECT course_id FROM learning_path_courses WHERE path_id = $1 ORDER BY position', [createLearningPath.id])).map(
        (row) => row.course_id,
      ),
    ).toEqual([c!.id, a!.id]);
  });

  it('gives managers the answer key of a quiz to edit it, and nobody else', async () => {
    const organization = await signUpOrganization(api);
    const employee = await addMember(api, organization);
    const course = await createCourse(api, organization.admin.token);
    const ANSWER_KEY = `query ($id: ID!) { answerKey(moduleId: $id) { prompt choices answerIndex explanation } }`;
    const { answerKey } = await api.ok(ANSWER_KEY, { id: course.modules[1]!.id }, organization.admin.token);
    expect(answerKey.map((q: { answerIndex: number }) => q.answerIndex)).toEqual([1, 0]);
    expect(answerKey[0].explanation).toBe('Because of reason 1');
    expectError(await api.gql(ANSWER_KEY, { id: course.modules[1]!.id }, employee.token), 'FORBIDDEN');
  });

  it('searches course titles for a picker, whatever the case', async () => {
    const organization = await signUpOrganization(api);
    await createCourse(api, organization.admin.token, { title: 'Handling refunds' });
    await createCourse(api, organization.admin.token, { title: 'Calm calls' });
    const { courses } = await api.ok(COURSES, { search: 'REFUND' }, organization.admin.token);
    expect(courses.map((course: { title: string }) => course.title)).toEqual(['Handling refunds']);
  });
});
