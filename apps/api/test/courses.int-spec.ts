import { expectError } from './support/errors.js';
import { addMember, createCourse, signUpOrganization } from './support/fixtures.js';
import { startTestApi, type TestApi } from './support/test-app.js';

const CREATE_COURSE = `mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id title summary skills estimatedMinutes points status modules { id } } }`;
const ADD_MODULE = `mutation ($input: AddModuleInput!) {
  addModule(input: $input) { id position title kind body points passingScore questions { id prompt choices } course { id } }
}`;
const COURSE = `query ($id: ID!) { course(id: $id) { id status modules { id position title kind points passingScore questions { id prompt choices } } } }`;
const PUBLISH = `mutation ($id: ID!) { publishCourse(courseId: $id) { id status } }`;
const CREATE_PATH = `mutation ($input: CreateLearningPathInput!) { createLearningPath(input: $input) { id title description courses { id } } }`;

const lesson = (courseId: string, title: string) => ({ courseId, title, kind: 'LESSON', body: `# ${title}`, points: 10 });

describe('authoring courses and learning paths', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  it('creates a course as a draft with its skills lower-cased, trimmed and de-duplicated', async () => {
    const organization = await signUpOrganization(api);
    const { createCourse } = await api.ok(
      CREATE_COURSE,
      {
        input: {
          title: '  De-escalation basics ',
          summary: 'Calming an upset caller',
          skills: ['Empathy', 'empathy', ' EMPATHY ', 'Problem-Solving', 'communication'],
          estimatedMinutes: 25,
          points: 60,
        },
      },
      organization.admin.token,
    );
    expect(createCourse).toEqual({
      id: expect.any(String),
      title: 'De-escalation basics',
      summary: 'Calming an upset caller',
      skills: ['empathy', 'problem-solving', 'communication'],
      estimatedMinutes: 25,
      points: 60,
      status: 'DRAFT',
      modules: [],
    });
    expect(await api.sql('SELECT status, skills, published_at, created_by_id FROM courses WHERE id = $1', [createCourse.id])).toEqual([
      {
        status: 'DRAFT',
        skills: ['empathy', 'problem-solving', 'communication'],
        published_at: null,
        created_by_id: organization.admin.id,
      },
    ]);
  });

  it('appends modules in order, numbering them 1 to n', async () => {
    const organization = await signUpOrganization(api);
    const course = await createCourse(api, organization.admin.token, { publish: false, modules: [] });
    const titles = ['Listening first', 'Naming the feeling', 'Offering a way forward'];
    const added = [];
    for (const title of titles)
      added.push((await api.ok(ADD_MODULE, { input: lesson(course.id, title) }, organization.admin.token)).addModule);

    expect(added.map((module) => [module.position, module.title, module.course.id])).toEqual(
      titles.map((title, index) => [index + 1, title, course.id]),
    );
    const { course: read } = await api.ok(COURSE, { id: course.id }, organization.admin.token);
    expect(read.modules.map((module: { id: string; position: number }) => [module.id, module.position])).toEqual(
      added.map((module, index) => [module.id, index + 1]),
    );
  });

  it('keeps positions 1 to n when modules are added at the same moment', async () => {
    const organization = await signUpOrganization(api);
    const course = await createCourse(api, organization.admin.token, { publish: false, modules: [] });
    await Promise.all(
      Array.from({ length: 8 }, (_, index) => api.ok(ADD_MODULE, { input: lesson(course.id, `Part ${index}`) }, organization.admin.token)),
    );
    const rows = await api.sql<{ position: number }>('SELECT position FROM modules WHERE course_id = $1 ORDER BY position', [course.id]);
    expect(rows.map((row) => row.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('gives quiz questions back without their answers or explanations', async () => {
    const organization = await signUpOrganization(api);
    const course = await createCourse(api, organization.admin.token, { publish: false, modules: [] });
    const { addModule } = await api.ok(
      ADD_MODULE,
      {
        input: {
          courseId: course.id,
          title: 'Check yourself',
          kind: 'QUIZ',
          body: 'Pick the best reply.',
          points: 30,
          questions: [
            {
              prompt: 'The caller is angry. First?',
              choices: ['Interrupt', 'Listen', 'Transfer'],
              answerIndex: 1,
              explanation: 'Listening calms.',
            },
            { prompt: 'Then?', choices: ['Acknowledge', 'Argue'], answerIndex: 0 },
          ],
        },
      },
      organization.admin.token,
    );
    expect(addModule).toMatchObject({ position: 1, kind: 'QUIZ', points: 30, passingScore: 70 });
    expect(addModule.questions).toEqual([
      { id: expect.any(String), prompt: 'The caller is angry. First?', choices: ['Interrupt', 'Listen', 'Transfer'] },
      { id: expect.any(String), prompt: 'Then?', choices: ['Acknowledge', 'Argue'] },
    ]);
    expect(JSON.stringify(addModule)).not.toMatch(/answer|explanation|Listening calms/i);
    expect(
      await api.sql('SELECT answer_index, explanation FROM quiz_questions WHERE module_id = $1 ORDER BY position', [addModule.id]),
    ).toEqual([
      { answer_index: 1, explanation: 'Listening calms.' },
      { answer_index: 0, explanation: null },
    ]);

    const asked = await api.gql(
      `query ($id: ID!) { course(id: $id) { modules { questions { answerIndex } } } }`,
      { id: course.id },
      organization.admin.token,
    );
    expect(asked.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('has no answer field on QuizQuestion in the schema itself', async () => {
    const organization = await signUpOrganization(api);
    const { __type } = await api.ok(`{ __type(name: "QuizQuestion") { fields { name } } }`, {}, organization.admin.token);
    expect(__type.fields.map((field: { name: string }) => field.name).sort()).toEqual(['choices', 'id', 'prompt']);
  });

  it('refuses to publish a course without modules, and it stays a draft', async () => {
    const organization = await signUpOrganization(api);
    const course = await createCourse(api, organization.admin.token, { publish: false, modules: [] });
    const result = await api.gql(PUBLISH, { id: course.id }, organization.admin.token);
    expectError(result, 'BAD_USER_INPUT', 'courseId');
    expect(result.errors![0]!.message).toBe('Add at least one module before publishing');
    expect(await api.sql('SELECT status, published_at FROM courses WHERE id = $1', [course.id])).toEqual([
      { status: 'DRAFT', published_at: null },
    ]);
  });

  it('publishes a course with modules once; publishing again changes nothing', async () => {
    const organization = await signUpOrganization(api);
    const course = await createCourse(api, organization.admin.token, { publish: false });
    expect((await api.ok(PUBLISH, { id: course.id }, organization.admin.token)).publishCourse).toEqual({
      id: course.id,
      status: 'PUBLISHED',
    });
    const [first] = await api.sql<{ published_at: Date }>('SELECT published_at FROM courses WHERE id = $1', [course.id]);
    expect(first!.published_at).toBeInstanceOf(Date);
    expect((await api.ok(PUBLISH, { id: course.id }, organization.admin.token)).publishCourse).toEqual({
      id: course.id,
      status: 'PUBLISHED',
    });
    expect(await api.sql('SELECT published_at FROM courses WHERE id = $1', [course.id])).toEqual([{ published_at: first!.published_at }]);
  });

  it('filters the catalogue by skill, whatever its case', async () => {
    const organization = await signUpOrganization(api);
    const employee = await addMember(api, organization);
    const empathy = await createCourse(api, organization.admin.token, { title: 'A empathy', skills: ['Empathy', 'listening'] });
    const both = await createCourse(api, organization.admin.token, { title: 'B both', skills: ['communication', 'EMPATHY'] });
    await createCourse(api, organization.admin.token, { title: 'C other', skills: ['product knowledge'] });
    await createCourse(api, organization.admin.token, { title: 'D draft', skills: ['empathy'], publish: false });

    const bySkill = async (skill: string) =>
      (await api.ok(`query ($skill: String) { courses(skill: $skill) { id } }`, { skill }, employee.token)).courses;
    for (const skill of ['empathy', 'EMPATHY', '  Empathy ']) expect(await bySkill(skill)).toEqual([{ id: empathy.id }, { id: both.id }]);
    expect(await bySkill('listening')).toEqual([{ id: empathy.id }]);
    expect(await bySkill('empath')).toEqual([]);
  });

  it('keeps a learning path’s courses in the order given and shows learners only the published ones', async () => {
    const organization = await signUpOrganization(api);
    const manager = await addMember(api, organization, { role: 'MANAGER' });
    const employee = await addMember(api, organization);
    const first = await createCourse(api, manager.token, { title: 'Z first' });
    const second = await createCourse(api, manager.token, { title: 'Y second', publish: false });
    const third = await createCourse(api, manager.token, { title: 'X third' });

    const { createLearningPath } = await api.ok(
      CREATE_PATH,
      { input: { title: ' Onboarding ', description: 'Your first month', courseIds: [first.id, second.id, third.id] } },
      manager.token,
    );
    expect(createLearningPath).toEqual({
      id: expect.any(String),
      title: 'Onboarding',
      description: 'Your first month',
      courses: [{ id: first.id }, { id: second.id }, { id: third.id }],
    });

    const paths = async (token: string) => (await api.ok(`{ learningPaths { id courses { id status } } }`, {}, token)).learningPaths;
    expect(await paths(manager.token)).toEqual([
      {
        id: createLearningPath.id,
        courses: [
          { id: first.id, status: 'PUBLISHED' },
          { id: second.id, status: 'DRAFT' },
          { id: third.id, status: 'PUBLISHED' },
        ],
      },
    ]);
    expect(await paths(employee.token)).toEqual([
      {
        id: createLearningPath.id,
        courses: [
          { id: first.id, status: 'PUBLISHED' },
          { id: third.id, status: 'PUBLISHED' },
        ],
      },
    ]);

    await api.ok(PUBLISH, { id: second.id }, manager.token);
    expect((await paths(employee.token))[0].courses.map((course: { id: string }) => course.id)).toEqual([first.id, second.id, third.id]);
  });
});
