import { randomUUID } from 'node:crypto';
import { expectError, expectNoLeak } from './support/errors.js';
import {
  COMPLETE_MODULE,
  PASSWORD,
  addMember,
  completeModule,
  createCourse,
  createTeam,
  signUpOrganization,
  tableCounts,
  type Member,
  type SeededCourse,
} from './support/fixtures.js';
import { startTestApi, type GraphQLResponse, type TestApi } from './support/test-app.js';

const CREATE_COURSE = `mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id } }`;
const ADD_MODULE = `mutation ($input: AddModuleInput!) { addModule(input: $input) { id } }`;
const CREATE_TEAM = `mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id } }`;
const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`;
const CREATE_PATH = `mutation ($input: CreateLearningPathInput!) { createLearningPath(input: $input) { id } }`;
const SET_VALUES = `mutation ($values: [String!]!) { setOrganizationValues(values: $values) { values } }`;
const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { token } }`;
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;
const HISTORY = `query ($first: Int, $after: String) { pointsHistory(first: $first, after: $after) { id cursor } }`;
const COURSE = `query ($id: ID!) { course(id: $id) { id } }`;
const TEAM = `query ($id: ID!) { team(id: $id) { id } }`;
const USERS = `query ($teamId: ID) { users(teamId: $teamId) { id } }`;
const ENROLL = `mutation ($courseId: ID!) { enroll(courseId: $courseId) { id } }`;
const PUBLISH = `mutation ($courseId: ID!) { publishCourse(courseId: $courseId) { id } }`;
const SET_MANAGER = `mutation ($teamId: ID!, $userId: ID!) { setTeamManager(teamId: $teamId, userId: $userId) { id } }`;

const course = (input: Record<string, unknown> = {}) => ({
  input: { title: 'Fine title', summary: 'Fine summary', skills: ['empathy'], estimatedMinutes: 10, points: 10, ...input },
});
const signUp = (input: Record<string, unknown> = {}) => ({
  input: {
    organizationName: 'Fine Org',
    adminEmail: `fine-${randomUUID()}@example.com`,
    adminDisplayName: 'Fine',
    adminPassword: PASSWORD,
    ...input,
  },
});
const user = (input: Record<string, unknown> = {}) => ({
  input: { email: `fine-${randomUUID()}@example.com`, displayName: 'Fine', password: PASSWORD, role: 'EMPLOYEE', ...input },
});
const question = (overrides: Record<string, unknown> = {}) => ({
  prompt: 'Which?',
  choices: ['Yes', 'No', 'Maybe'],
  answerIndex: 0,
  ...overrides,
});

interface Seed {
  readonly admin: string;
  readonly employee: Member;
  readonly teamId: string;
  readonly draft: string;
  readonly published: SeededCourse;
}

describe('bad input: a clear error naming the field, never an internal error, never a partial write', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  async function seed(): Promise<Seed> {
    const organization = await signUpOrganization(api);
    const teamId = await createTeam(api, organization);
    const employee = await addMember(api, organization, { teamId });
    const draft = await createCourse(api, organization.admin.token, { publish: false, modules: [] });
    const published = await createCourse(api, organization.admin.token);
    return { admin: organization.admin.token, employee, teamId, draft: draft.id, published };
  }

  /** Everything a refused mutation could have touched. */
  async function everything() {
    return {
      counts: await tableCounts(api),
      organizations: await api.sql('SELECT id, name, values, time_zone FROM organizations ORDER BY id'),
      users: await api.sql('SELECT id, email, display_name, role::text, team_id, points FROM users ORDER BY id'),
      teams: await api.sql('SELECT id, name, manager_id FROM teams ORDER BY id'),
      courses: await api.sql('SELECT id, title, status::text, published_at FROM courses ORDER BY id'),
    };
  }

  type Case = readonly [label: string, query: string, variables: Record<string, unknown>, field: string | undefined];

  /** Runs each case as `token`, expecting `code` naming the case's field; then checks that nothing at all was written. */
  async function expectRefused(code: string, token: string | undefined, cases: readonly Case[]): Promise<GraphQLResponse[]> {
    const before = await everything();
    const responses = [];
    for (const [label, query, variables, field] of cases) {
      const response = await api.gql(query, variables, token);
      try {
        expectError(response, code, field);
        expect(Object.values(response.data ?? {}).filter((value) => value !== null)).toEqual([]);
      } catch (error) {
        throw new Error(`${label}: ${(error as Error).message}\n${JSON.stringify(response.errors)}`);
      }
      responses.push(response);
    }
    expect(await everything()).toEqual(before);
    return responses;
  }

  it('refuses empty and whitespace-only text', async () => {
    const { admin, draft, published } = await seed();
    await expectRefused('BAD_USER_INPUT', admin, [
      ['empty title', CREATE_COURSE, course({ title: '' }), 'title'],
      ['blank title', CREATE_COURSE, course({ title: ' \t\n ' }), 'title'],
      ['blank summary', CREATE_COURSE, course({ summary: '   ' }), 'summary'],
      ['blank skill', CREATE_COURSE, course({ skills: ['empathy', '  '] }), 'skills'],
      ['no skills', CREATE_COURSE, course({ skills: [] }), 'skills'],
      ['blank module title', ADD_MODULE, { input: { courseId: draft, title: '  ', kind: 'LESSON', body: '', points: 1 } }, 'title'],
      ['blank team name', CREATE_TEAM, { input: { name: ' ' } }, 'name'],
      ['empty display name', CREATE_USER, user({ displayName: '' }), 'displayName'],
      ['blank path title', CREATE_PATH, { input: { title: ' ', description: '', courseIds: [published.id] } }, 'title'],
      ['blank value', SET_VALUES, { values: ['Care', '  '] }, 'values'],
      ['no values', SET_VALUES, { values: [] }, 'values'],
      ['blank idempotency key', COMPLETE_MODULE, { input: { moduleId: published.modules[0]!.id, idempotencyKey: '  ' } }, 'idempotencyKey'],
    ]);
    await expectRefused('BAD_USER_INPUT', undefined, [
      ['blank organisation', SIGN_UP, signUp({ organizationName: '  ' }), 'organizationName'],
      ['empty admin name', SIGN_UP, signUp({ adminDisplayName: '' }), 'adminDisplayName'],
    ]);
  });

  it('refuses over-long text, a 200 KB title included, naming the field', async () => {
    const { admin, draft, published } = await seed();
    const [huge] = await expectRefused('BAD_USER_INPUT', admin, [
      ['200 KB title', CREATE_COURSE, course({ title: 'x'.repeat(200_000) }), 'title'],
      ['long summary', CREATE_COURSE, course({ summary: 'x'.repeat(1001) }), 'summary'],
      ['long skill', CREATE_COURSE, course({ skills: ['x'.repeat(41)] }), 'skills'],
      ['eleven skills', CREATE_COURSE, course({ skills: Array.from({ length: 11 }, (_, index) => `skill ${index}`) }), 'skills'],
      [
        'long module title',
        ADD_MODULE,
        { input: { courseId: draft, title: 'x'.repeat(121), kind: 'LESSON', body: '', points: 1 } },
        'title',
      ],
      [
        'long body',
        ADD_MODULE,
        { input: { courseId: draft, title: 'Fine', kind: 'LESSON', body: 'x'.repeat(100_001), points: 1 } },
        'body',
      ],
      [
        'long choice',
        ADD_MODULE,
        {
          input: {
            courseId: draft,
            title: 'Q',
            kind: 'QUIZ',
            body: '',
            points: 1,
            questions: [question({ choices: ['x'.repeat(301), 'y'] })],
          },
        },
        'questions.0.choices',
      ],
      ['long team name', CREATE_TEAM, { input: { name: 'x'.repeat(81) } }, 'name'],
      ['long email', CREATE_USER, user({ email: `${'x'.repeat(250)}@example.com` }), 'email'],
      ['long value', SET_VALUES, { values: ['x'.repeat(41)] }, 'values'],
      ['thirteen values', SET_VALUES, { values: Array.from({ length: 13 }, (_, index) => `Value ${index}`) }, 'values'],
      [
        'long idempotency key',
        COMPLETE_MODULE,
        { input: { moduleId: published.modules[0]!.id, idempotencyKey: 'x'.repeat(101) } },
        'idempotencyKey',
      ],
    ]);
    expect(huge!.errors![0]!.message).toBe('Title must be 1 to 120 characters');
    await expectRefused('BAD_USER_INPUT', undefined, [
      ['long login email', LOGIN, { email: `${'x'.repeat(300)}@example.com`, password: PASSWORD }, 'email'],
      ['long login password', LOGIN, { email: 'someone@example.com', password: 'x'.repeat(10_000) }, 'password'],
    ]);
  });

  it('answers a 10 MB request with 413 and no stack trace, and writes nothing', async () => {
    const { admin } = await seed();
    const before = await everything();
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      body: JSON.stringify({ query: CREATE_COURSE, variables: course({ summary: 'x'.repeat(10 * 1024 * 1024) }) }),
    });
    expect(response.status).toBe(413);
    const text = await response.text();
    expect(text.length).toBeLessThan(1000);
    expect(text).not.toMatch(/\bat .*:\d+:\d+|stack|node_modules/i);
    expect(await everything()).toEqual(before);
  });

  it('answers malformed JSON and malformed GraphQL with 400 and no stack trace', async () => {
    const { admin } = await seed();
    const post = (body: string) =>
      fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
        body,
      });

    const json = await post('{"query": "{ me { id } }"');
    expect(json.status).toBe(400);
    expect(await json.text()).not.toMatch(/\bat .*:\d+:\d+|stack|node_modules/i);

    const cases: [string, string, string][] = [
      ['a syntax error', '{ me { id ', 'GRAPHQL_PARSE_FAILED'],
      ['too many tokens', `{ ${Array.from({ length: 6000 }, () => '__typename').join(' ')} }`, 'GRAPHQL_PARSE_FAILED'],
      ['an unknown field', '{ me { password } }', 'GRAPHQL_VALIDATION_FAILED'],
      [
        'too many aliases',
        `{ ${Array.from({ length: 40 }, (_, index) => `a${index}: me { id }`).join(' ')} }`,
        'GRAPHQL_VALIDATION_FAILED',
      ],
      [
        'too deep a query',
        '{ organization { teams { members { team { members { team { members { team { members { team { members { team { id } } } } } } } } } } } } }',
        'GRAPHQL_VALIDATION_FAILED',
      ],
    ];
    for (const [label, query, code] of cases) {
      const response = await post(JSON.stringify({ query }));
      const body = (await response.json()) as GraphQLResponse;
      expect([label, response.status, body.errors?.map((error) => error.extensions?.code)]).toEqual([label, 400, [code]]);
      expectNoLeak(body);
    }
  });

  it('refuses values GraphQL itself cannot accept with BAD_USER_INPUT', async () => {
    const { admin } = await seed();
    await expectRefused('BAD_USER_INPUT', admin, [
      ['a 33-bit integer', CREATE_COURSE, course({ points: 2 ** 31 }), undefined],
      ['a fraction', CREATE_COURSE, course({ estimatedMinutes: 1.5 }), undefined],
      ['an object for text', CREATE_COURSE, course({ title: { $ne: null } }), undefined],
      ['an unknown role', CREATE_USER, user({ role: 'KING' }), undefined],
      ['a missing field', CREATE_COURSE, { input: { title: 'No summary', skills: ['x'], estimatedMinutes: 1, points: 1 } }, undefined],
    ]);
  });

  it('refuses negative points, points over the limit and out-of-range numbers', async () => {
    const { admin, draft } = await seed();
    const lesson = (input: Record<string, unknown>) => ({
      input: { courseId: draft, title: 'Fine', kind: 'LESSON', body: '', points: 1, ...input },
    });
    const quiz = (input: Record<string, unknown>) => lesson({ kind: 'QUIZ', questions: [question()], ...input });
    const responses = await expectRefused('BAD_USER_INPUT', admin, [
      ['negative course points', CREATE_COURSE, course({ points: -1 }), 'points'],
      ['course points over the limit', CREATE_COURSE, course({ points: 1001 }), 'points'],
      ['no minutes', CREATE_COURSE, course({ estimatedMinutes: 0 }), 'estimatedMinutes'],
      ['negative module points', ADD_MODULE, lesson({ points: -5 }), 'points'],
      ['module points over the limit', ADD_MODULE, lesson({ points: 501 }), 'points'],
      ['passing score 0', ADD_MODULE, quiz({ passingScore: 0 }), 'passingScore'],
      ['passing score over 100', ADD_MODULE, quiz({ passingScore: 101 }), 'passingScore'],
    ]);
    expect(responses.map((response) => response.errors![0]!.message)).toEqual([
      'Points must be at least 0',
      'Points must be at most 1000',
      'Estimated minutes must be at least 1',
      'Points must be at least 0',
      'Points must be at most 500',
      'Passing score must be at least 1',
      'Passing score must be at most 100',
    ]);
  });

  it('refuses malformed ids in arguments and inputs, naming the field', async () => {
    const { admin, employee, teamId, draft, published } = await seed();
    for (const bad of ['abc', "' OR 1=1 --", '', '00000000-0000-0000-0000-00000000000g', `${draft}' --`]) {
      await expectRefused('BAD_USER_INPUT', admin, [
        ['course(id)', COURSE, { id: bad }, 'id'],
        ['team(id)', TEAM, { id: bad }, 'id'],
        ['users(teamId)', USERS, { teamId: bad }, 'teamId'],
        ['publishCourse(courseId)', PUBLISH, { courseId: bad }, 'courseId'],
        ['setTeamManager(teamId)', SET_MANAGER, { teamId: bad, userId: employee.id }, 'teamId'],
        ['setTeamManager(userId)', SET_MANAGER, { teamId, userId: bad }, 'userId'],
        ['addModule courseId', ADD_MODULE, { input: { courseId: bad, title: 'Fine', kind: 'LESSON', body: '', points: 1 } }, 'courseId'],
        ['createUser teamId', CREATE_USER, user({ teamId: bad }), 'teamId'],
        ['createTeam managerId', CREATE_TEAM, { input: { name: 'Fine team', managerId: bad } }, 'managerId'],
        [
          'createLearningPath courseIds',
          CREATE_PATH,
          { input: { title: 'Fine', description: '', courseIds: [published.id, bad] } },
          'courseIds',
        ],
      ]);
      await expectRefused('BAD_USER_INPUT', employee.token, [
        ['enroll(courseId)', ENROLL, { courseId: bad }, 'courseId'],
        ['completeModule moduleId', COMPLETE_MODULE, { input: { moduleId: bad } }, 'moduleId'],
      ]);
    }
  });

  it('answers NOT_FOUND for well-formed ids that match nothing', async () => {
    const { admin, employee, teamId, published } = await seed();
    const unknown = randomUUID();
    await expectRefused('NOT_FOUND', admin, [
      ['course(id)', COURSE, { id: unknown }, undefined],
      ['team(id)', TEAM, { id: unknown }, undefined],
      ['users(teamId)', USERS, { teamId: unknown }, undefined],
      ['publishCourse', PUBLISH, { courseId: unknown }, undefined],
      ['setTeamManager team', SET_MANAGER, { teamId: unknown, userId: employee.id }, undefined],
      ['setTeamManager user', SET_MANAGER, { teamId, userId: unknown }, undefined],
      ['addModule', ADD_MODULE, { input: { courseId: unknown, title: 'Fine', kind: 'LESSON', body: '', points: 1 } }, undefined],
      ['createUser', CREATE_USER, user({ teamId: unknown }), undefined],
      ['createTeam', CREATE_TEAM, { input: { name: 'Fine team', managerId: unknown } }, undefined],
      ['createLearningPath', CREATE_PATH, { input: { title: 'Fine', description: '', courseIds: [published.id, unknown] } }, undefined],
    ]);
    const [enroll] = await expectRefused('NOT_FOUND', employee.token, [
      ['enroll', ENROLL, { courseId: unknown }, undefined],
      ['completeModule', COMPLETE_MODULE, { input: { moduleId: unknown } }, undefined],
    ]);
    expect(enroll!.errors![0]!.message).toBe(`Course ${unknown} was not found`);
  });

  it('refuses a date-time that is not one, or that PostgreSQL cannot store, wherever one is taken, naming the field', async () => {
    const { admin, employee, teamId, published } = await seed();
    const DIGEST = `query ($from: DateTime!, $to: DateTime!) { digest(from: $from, to: $to) { from } }`;
    const MILESTONE = `mutation ($input: CreateTeamMilestoneInput!) { createTeamMilestone(input: $input) { id } }`;
    const ASSIGN = `mutation ($input: AssignCourseInput!) { assignCourse(input: $input) { id } }`;
    const IMPORT = `mutation ($input: ImportFeedbackInput!) { importCustomerFeedback(input: $input) { imported } }`;
    const row = (number: number, receivedAt: string) => ({
      row: number,
      agentEmail: employee.email,
      csat: 5,
      externalId: `ticket-${number}`,
      receivedAt,
    });
    const cases = (bad: string): Case[] => [
      ['digest from', DIGEST, { from: bad, to: '2026-11-23T00:00:00Z' }, 'from'],
      [
        'milestone startsAt',
        MILESTONE,
        { input: { teamId, title: 'Fine', metric: 'MODULES_COMPLETED', target: 5, startsAt: bad } },
        'startsAt',
      ],
      ['assignment dueAt', ASSIGN, { input: { courseId: published.id, userIds: [employee.id], dueAt: bad } }, 'dueAt'],
      [
        'an import with one bad row among good ones',
        IMPORT,
        { input: { rows: [row(1, '2026-11-20T09:00:00Z'), row(2, bad)] } },
        'receivedAt',
      ],
    ];
    const ancient = await expectRefused('BAD_USER_INPUT', admin, cases('-005000-01-01T00:00:00Z'));
    expect(ancient.map((response) => response.errors![0]!.message)).toEqual(
      Array(4).fill(expect.stringContaining('DateTime must fall between the years 1 and 9999')),
    );
    const garbage = await expectRefused('BAD_USER_INPUT', admin, [
      ...cases('next Tuesday'),
      ['a number', DIGEST, { from: 0, to: '2026-11-23T00:00:00Z' }, 'from'],
    ]);
    expect(garbage.map((response) => response.errors![0]!.message)).toEqual(
      Array(5).fill(expect.stringContaining('DateTime must be an ISO 8601 date-time string')),
    );
    // JavaScript's Date would roll these over (to 2 March, to the next day): refused as written instead.
    const rolledOver = await expectRefused('BAD_USER_INPUT', admin, [
      ...cases('2027-02-30'),
      ['29 February of a common year', DIGEST, { from: '2027-02-29T12:00:00Z', to: '2027-03-01T00:00:00Z' }, 'from'],
      ['month 13', DIGEST, { from: '2026-13-01T00:00:00Z', to: '2027-03-01T00:00:00Z' }, 'from'],
      ['24:00', DIGEST, { from: '2026-11-23T24:00:00Z', to: '2027-03-01T00:00:00Z' }, 'from'],
      ['an offset of 25 hours', DIGEST, { from: '2026-11-23T09:00:00+25:00', to: '2027-03-01T00:00:00Z' }, 'from'],
    ]);
    expect(rolledOver.map((response) => response.errors![0]!.message)).toEqual([
      ...Array(4).fill(expect.stringContaining('DateTime has no day 30 in February 2027, which has 28 days')),
      expect.stringContaining('DateTime has no day 29 in February 2027, which has 28 days'),
      expect.stringContaining('DateTime has no month 13'),
      expect.stringContaining('DateTime must have a time of day from 00:00:00 to 23:59:59'),
      expect.stringContaining('DateTime must have a UTC offset from -23:59 to +23:59'),
    ]);
    // A leap day, a date alone, an offset, and a literal in the query itself are read as they say.
    const digest = async (from: string) =>
      (await api.ok<{ digest: { from: string } }>(DIGEST, { from, to: '2028-03-31T00:00:00Z' }, admin)).digest.from;
    expect(await digest('2028-02-29T12:00:00Z')).toBe('2028-02-29T12:00:00.000Z');
    expect(await digest('2028-03-01')).toBe('2028-03-01T00:00:00.000Z');
    expect(await digest('2028-03-01T09:30:00+05:30')).toBe('2028-03-01T04:00:00.000Z');
    const literal = await api.gql(`{ digest(from: "2027-02-30T00:00:00Z", to: "2027-03-31T00:00:00Z") { from } }`, {}, admin);
    expect(literal.errors?.map((error) => error.message)).toEqual([expect.stringContaining('DateTime has no day 30 in February 2027')]);
  });

  it('refuses a cursor it did not give out and page sizes outside 1 to 200', async () => {
    const { employee, published } = await seed();
    await completeModule(api, employee.token, published.modules[0]!.id);
    // The module's points and the First Steps badge it earned.
    const entries = 2;
    const cursor = (text: string) => Buffer.from(text).toString('base64url');
    const responses = await expectRefused('BAD_USER_INPUT', employee.token, [
      ['garbage', HISTORY, { after: 'garbage' }, 'after'],
      ['not base64', HISTORY, { after: '%%%%' }, 'after'],
      ['no separator', HISTORY, { after: cursor(new Date().toISOString()) }, 'after'],
      ['not a date', HISTORY, { after: cursor(`yesterday|${randomUUID()}`) }, 'after'],
      ['not an id', HISTORY, { after: cursor(`${new Date().toISOString()}|' OR 1=1 --`) }, 'after'],
      ['a date PostgreSQL cannot store', HISTORY, { after: cursor(`-005000-01-01T00:00:00.000Z|${randomUUID()}`) }, 'after'],
      ['first: 0', HISTORY, { first: 0 }, 'first'],
      ['first: -1', HISTORY, { first: -1 }, 'first'],
      ['first: 10000', HISTORY, { first: 10_000 }, 'first'],
    ]);
    expect(responses.map((response) => response.errors![0]!.message).slice(-3)).toEqual(Array(3).fill('first must be from 1 to 200'));
    expect((await api.ok(HISTORY, { first: null }, employee.token)).pointsHistory).toHaveLength(entries);
    expect((await api.ok(HISTORY, { first: 200 }, employee.token)).pointsHistory).toHaveLength(entries);
  });

  it('refuses answers of the wrong length or out of range, and records no attempt', async () => {
    const { employee, published } = await seed();
    const [lesson, quiz] = published.modules.map((module) => module.id);
    const submit = (moduleId: string, answers: unknown) => ({ input: { moduleId, answers } });
    const responses = await expectRefused('BAD_USER_INPUT', employee.token, [
      ['too few answers', COMPLETE_MODULE, submit(quiz!, [1]), 'answers'],
      ['too many answers', COMPLETE_MODULE, submit(quiz!, [1, 0, 0]), 'answers'],
      ['no answers', COMPLETE_MODULE, submit(quiz!, null), 'answers'],
      ['empty answers', COMPLETE_MODULE, submit(quiz!, []), 'answers'],
      ['an answer past the choices', COMPLETE_MODULE, submit(quiz!, [1, 3]), 'answers'],
      ['a negative answer', COMPLETE_MODULE, submit(quiz!, [-1, 0]), 'answers'],
      ['fifty-one answers', COMPLETE_MODULE, submit(quiz!, Array(51).fill(0)), 'answers'],
      ['answers to a lesson', COMPLETE_MODULE, submit(lesson!, [0]), 'answers'],
    ]);
    expect(responses[0]!.errors![0]!.message).toBe('answers must hold one choice per question: expected 2, got 1');
    expect(responses[4]!.errors![0]!.message).toBe('answer 2 must be a choice index from 0 to 2');
  });

  it('refuses invalid emails and short passwords, creating nobody', async () => {
    const { admin } = await seed();
    const responses = await expectRefused('BAD_USER_INPUT', admin, [
      ...['not-an-email', 'a@', '@example.com', 'a b@example.com', 'a@b', 'a@@example.com'].map((email): Case => [
        email,
        CREATE_USER,
        user({ email }),
        'email',
      ]),
      ['short password', CREATE_USER, user({ password: '1234567' }), 'password'],
      ['empty password', CREATE_USER, user({ password: '' }), 'password'],
    ]);
    expect(responses.map((response) => response.errors![0]!.message).slice(-2)).toEqual(
      Array(2).fill('password must be 8 to 200 characters'),
    );
    await expectRefused('BAD_USER_INPUT', undefined, [
      ['sign-up email', SIGN_UP, signUp({ adminEmail: 'admin at example.com' }), 'adminEmail'],
      ['sign-up password', SIGN_UP, signUp({ adminPassword: 'short' }), 'adminPassword'],
    ]);
  });

  it('refuses malformed quizzes and lessons, adding no module and no question', async () => {
    const { admin, draft } = await seed();
    const module = (input: Record<string, unknown>) => ({
      input: { courseId: draft, title: 'Fine', kind: 'QUIZ', body: '', points: 1, ...input },
    });
    const responses = await expectRefused('BAD_USER_INPUT', admin, [
      ['a quiz without questions', ADD_MODULE, module({}), 'questions'],
      ['a quiz with an empty list', ADD_MODULE, module({ questions: [] }), 'questions'],
      ['a scenario without questions', ADD_MODULE, module({ kind: 'SCENARIO' }), 'questions'],
      ['answerIndex past the choices', ADD_MODULE, module({ questions: [question(), question({ answerIndex: 3 })] }), 'questions'],
      ['answerIndex past any choice', ADD_MODULE, module({ questions: [question({ answerIndex: 6 })] }), 'questions.0.answerIndex'],
      ['negative answerIndex', ADD_MODULE, module({ questions: [question({ answerIndex: -1 })] }), 'questions.0.answerIndex'],
      [
        'duplicate choices',
        ADD_MODULE,
        module({ questions: [question(), question(), question({ choices: ['Yes', ' yes ', 'No'] })] }),
        'questions',
      ],
      ['one choice', ADD_MODULE, module({ questions: [question({ choices: ['Only'], answerIndex: 0 })] }), 'questions'],
      [
        'seven choices',
        ADD_MODULE,
        module({ questions: [question({ choices: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] })] }),
        'questions.0.choices',
      ],
      ['a blank prompt', ADD_MODULE, module({ questions: [question(), question({ prompt: '  ' })] }), 'questions.1.prompt'],
      ['fifty-one questions', ADD_MODULE, module({ questions: Array.from({ length: 51 }, () => question()) }), 'questions'],
      ['a lesson with questions', ADD_MODULE, module({ kind: 'LESSON', questions: [question()] }), 'questions'],
      ['a lesson with a passing score', ADD_MODULE, module({ kind: 'LESSON', passingScore: 50 }), 'passingScore'],
    ]);
    expect(responses[3]!.errors![0]!.message).toBe('question 2: answerIndex must point at one of its 3 choices');
    expect(responses[6]!.errors![0]!.message).toBe('question 3 has the same choice twice');
    // Nested fields keep their exact path in `field`, and read as words in the message.
    expect(responses[9]!.errors![0]!.message).toBe('question 2 prompt must be 1 to 500 characters');
  });

  it('refuses names that clash with existing rows, and duplicate ids in a list', async () => {
    const { admin, employee, published } = await seed();
    await api.ok(CREATE_TEAM, { input: { name: 'Night Shift' } }, admin);
    await expectRefused('BAD_USER_INPUT', admin, [
      ['a team name taken in another case', CREATE_TEAM, { input: { name: ' night shift ' } }, 'name'],
      ['an email taken in another case', CREATE_USER, user({ email: employee.email.toUpperCase() }), 'email'],
      [
        'a course listed twice',
        CREATE_PATH,
        { input: { title: 'Twice', description: '', courseIds: [published.id, published.id] } },
        'courseIds',
      ],
    ]);
  });

  it('refuses text containing NUL characters, which PostgreSQL cannot store', async () => {
    const { admin, employee, draft, published } = await seed();
    const nul = 'before\u0000after';
    await expectRefused('BAD_USER_INPUT', admin, [
      ['a course title', CREATE_COURSE, course({ title: nul }), 'title'],
      ['a skill', CREATE_COURSE, course({ skills: ['empathy', nul] }), 'skills'],
      ['a catalogue filter', `query ($skill: String) { courses(skill: $skill) { id } }`, { skill: nul }, 'skill'],
      [
        'a quiz prompt',
        ADD_MODULE,
        { input: { courseId: draft, title: 'Q', kind: 'QUIZ', body: '', points: 1, questions: [question(), question({ prompt: nul })] } },
        'questions.1.prompt',
      ],
      ['a display name', CREATE_USER, user({ displayName: nul }), 'displayName'],
      ['a company value', SET_VALUES, { values: ['Care', nul] }, 'values'],
    ]);
    await expectRefused('BAD_USER_INPUT', employee.token, [
      ['an idempotency key', COMPLETE_MODULE, { input: { moduleId: published.modules[0]!.id, idempotencyKey: nul } }, 'idempotencyKey'],
    ]);
    await expectRefused('BAD_USER_INPUT', undefined, [
      ['a sign-in email', LOGIN, { email: `a${nul}@example.com`, password: PASSWORD }, 'email'],
      ['an organisation name', SIGN_UP, signUp({ organizationName: nul }), 'organizationName'],
    ]);
  });
});
