import { expectError } from './support/errors.js';
import {
  COMPLETE_MODULE,
  addMember,
  completeModule,
  createCourse,
  createTeam,
  ledgerOf,
  signUpOrganization,
  withoutDefaultBadges,
  type CompletionResult,
  type Member,
} from './support/fixtures.js';
import { startTestApi, type GraphQLResponse, type TestApi } from './support/test-app.js';
import { expectTotalsMatchLedger } from './support/totals.js';

const PARALLEL = 20;

describe('many identical requests at once', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  async function learner() {
    const organization = await withoutDefaultBadges(api, await signUpOrganization(api));
    return { organization, admin: organization.admin.token, member: await addMember(api, organization) };
  }

  /** Sends `count` completeModule calls at the same moment; `input(i)` builds the i-th input. */
  async function burst(member: Member, count: number, input: (index: number) => Record<string, unknown>) {
    return Promise.all(
      Array.from({ length: count }, (_, index) =>
        api.gql<{ completeModule: CompletionResult }>(COMPLETE_MODULE, { input: input(index) }, member.token),
      ),
    );
  }

  const succeeded = (responses: GraphQLResponse<{ completeModule: CompletionResult }>[]) => {
    expect(responses.map((response) => response.errors ?? null)).toEqual(responses.map(() => null));
    return responses.map((response) => response.data!.completeModule);
  };

  async function storedFor(member: Member, moduleId: string) {
    return {
      completions: await api.sql('SELECT id, passed FROM module_completions WHERE user_id = $1 AND module_id = $2', [member.id, moduleId]),
      moduleEntries: await api.sql(
        `SELECT amount FROM points_entries WHERE user_id = $1 AND reason = 'MODULE_COMPLETED' AND source_id = $2`,
        [member.id, moduleId],
      ),
    };
  }

  it.each([
    { keys: 'the same idempotencyKey', key: () => 'double-tap', everyoneReportsThePoints: true },
    { keys: 'a different idempotencyKey each', key: (index: number) => `tap-${index}`, everyoneReportsThePoints: false },
    { keys: 'no idempotencyKey', key: () => undefined, everyoneReportsThePoints: false },
  ])(
    `records one pass and awards once when ${PARALLEL} completions of a module arrive at once with $keys`,
    async ({ key, everyoneReportsThePoints }) => {
      const { admin, member } = await learner();
      const course = await createCourse(api, admin, {
        modules: [
          { kind: 'LESSON', points: 10 },
          { kind: 'LESSON', points: 5 },
        ],
      });
      const moduleId = course.modules[0]!.id;

      const results = succeeded(await burst(member, PARALLEL, (index) => ({ moduleId, idempotencyKey: key(index) })));

      const stored = await storedFor(member, moduleId);
      expect(stored.completions).toEqual([{ id: expect.any(String), passed: true }]);
      expect(stored.moduleEntries).toEqual([{ amount: 10 }]);
      expect(new Set(results.map((result) => result.completion.id))).toEqual(new Set([(stored.completions[0] as { id: string }).id]));
      const awarded = results.map((result) => result.pointsAwarded).sort((a, b) => a - b);
      expect(awarded).toEqual(everyoneReportsThePoints ? Array(PARALLEL).fill(10) : [...Array(PARALLEL - 1).fill(0), 10]);
      expect(results.every((result) => result.enrollment.status === 'IN_PROGRESS')).toBe(true);

      const ledger = await ledgerOf(api, member.id);
      expect({ sum: ledger.sum, points: ledger.points, rows: ledger.rows.length }).toEqual({ sum: 10, points: 10, rows: 1 });
      expect(await api.sql('SELECT count(*)::int AS count FROM enrollments WHERE user_id = $1', [member.id])).toEqual([{ count: 1 }]);
    },
  );

  it(`awards the course bonus once when ${PARALLEL} completions of a course's last module arrive at once`, async () => {
    const { admin, member } = await learner();
    const course = await createCourse(api, admin, {
      modules: [
        { kind: 'LESSON', points: 10 },
        { kind: 'LESSON', points: 5 },
      ],
      points: 50,
    });
    await completeModule(api, member.token, course.modules[0]!.id);

    const results = succeeded(await burst(member, PARALLEL, () => ({ moduleId: course.modules[1]!.id })));

    expect(results.map((result) => result.pointsAwarded).sort((a, b) => a - b)).toEqual([...Array(PARALLEL - 1).fill(0), 55]);
    expect(results.map((result) => result.enrollment.status)).toEqual(Array(PARALLEL).fill('COMPLETED'));
    expect(
      await api.sql(`SELECT amount, source_id FROM points_entries WHERE user_id = $1 AND reason = 'COURSE_COMPLETED'`, [member.id]),
    ).toEqual([{ amount: 50, source_id: course.id }]);
    const ledger = await ledgerOf(api, member.id);
    expect({ sum: ledger.sum, points: ledger.points }).toEqual({ sum: 65, points: 65 });
  });

  it('finishes a course once when all its modules are completed at once, many times over', async () => {
    const { admin, member } = await learner();
    const course = await createCourse(api, admin, {
      modules: [1, 2, 3].map((points) => ({ kind: 'LESSON' as const, points })),
      points: 50,
    });

    succeeded(await burst(member, 21, (index) => ({ moduleId: course.modules[index % 3]!.id })));

    expect(await api.sql('SELECT count(*)::int AS count FROM module_completions WHERE user_id = $1 AND passed', [member.id])).toEqual([
      { count: 3 },
    ]);
    const ledger = await ledgerOf(api, member.id);
    expect(ledger.rows.map((row) => row.reason).sort()).toEqual([
      'COURSE_COMPLETED',
      'MODULE_COMPLETED',
      'MODULE_COMPLETED',
      'MODULE_COMPLETED',
    ]);
    expect({ sum: ledger.sum, points: ledger.points }).toEqual({ sum: 56, points: 56 });
    const [enrollment] = await api.sql<{ completed_at: Date | null }>('SELECT completed_at FROM enrollments WHERE user_id = $1', [
      member.id,
    ]);
    expect(enrollment!.completed_at).toBeInstanceOf(Date);
  });

  it('records one pass when failing and passing quiz attempts arrive at once', async () => {
    const { admin, member } = await learner();
    const course = await createCourse(api, admin, {
      modules: [
        { kind: 'QUIZ', points: 20, passingScore: 100, answers: [1, 0] },
        { kind: 'LESSON', points: 5 },
      ],
    });
    const quiz = course.modules[0]!.id;

    const results = succeeded(await burst(member, PARALLEL, (index) => ({ moduleId: quiz, answers: index % 2 ? [1, 0] : [0, 0] })));

    const passes = await api.sql<{ id: string }>('SELECT id FROM module_completions WHERE user_id = $1 AND module_id = $2 AND passed', [
      member.id,
      quiz,
    ]);
    expect(passes).toHaveLength(1);
    for (const result of results) {
      if (result.completion.passed) expect(result.completion.id).toBe(passes[0]!.id);
      else expect(result.pointsAwarded).toBe(0);
    }
    expect(results.map((result) => result.pointsAwarded).reduce((a, b) => a + b)).toBe(20);
    expect((await storedFor(member, quiz)).moduleEntries).toEqual([{ amount: 20 }]);
    const ledger = await ledgerOf(api, member.id);
    expect({ sum: ledger.sum, points: ledger.points }).toEqual({ sum: 20, points: 20 });
  });

  it(`enrolls once when ${PARALLEL} enrollments arrive at once`, async () => {
    const { admin, member } = await learner();
    const course = await createCourse(api, admin);
    const responses = await Promise.all(
      Array.from({ length: PARALLEL }, () =>
        api.gql(`mutation ($id: ID!) { enroll(courseId: $id) { id } }`, { id: course.id }, member.token),
      ),
    );
    expect(responses.map((response) => response.errors ?? null)).toEqual(Array(PARALLEL).fill(null));
    const rows = await api.sql<{ id: string }>('SELECT id FROM enrollments WHERE user_id = $1', [member.id]);
    expect(rows).toHaveLength(1);
    expect(new Set(responses.map((response) => response.data!.enroll.id))).toEqual(new Set([rows[0]!.id]));
  });

  it('refuses an idempotencyKey reused for another module with BAD_USER_INPUT, and records nothing for it', async () => {
    const { organization, admin, member } = await learner();
    const course = await createCourse(api, admin, {
      modules: [
        { kind: 'LESSON', points: 10 },
        { kind: 'LESSON', points: 5 },
        { kind: 'LESSON', points: 1 },
      ],
    });
    const [first, second] = course.modules;
    await completeModule(api, member.token, first!.id, { idempotencyKey: 'once' });

    const reused = await api.gql(COMPLETE_MODULE, { input: { moduleId: second!.id, idempotencyKey: 'once' } }, member.token);
    expectError(reused, 'BAD_USER_INPUT', 'idempotencyKey');
    expect(reused.errors![0]!.message).toBe('This idempotency key was already used for another module');
    expect(reused.data).toBeNull();
    expect((await storedFor(member, second!.id)).completions).toEqual([]);
    const ledger = await ledgerOf(api, member.id);
    expect({ sum: ledger.sum, points: ledger.points }).toEqual({ sum: 10, points: 10 });

    // Keys belong to one learner: someone else may use the same one.
    const colleague = await addMember(api, organization);
    expect((await completeModule(api, colleague.token, second!.id, { idempotencyKey: 'once' })).pointsAwarded).toBe(5);
  });

  it('gives one idempotencyKey sent for two modules at once to exactly one of them', async () => {
    const { admin, member } = await learner();
    const course = await createCourse(api, admin, {
      modules: [
        { kind: 'LESSON', points: 10 },
        { kind: 'LESSON', points: 5 },
        { kind: 'LESSON', points: 1 },
      ],
    });
    const modules = [course.modules[0]!.id, course.modules[1]!.id];

    const responses = await burst(member, PARALLEL, (index) => ({ moduleId: modules[index % 2], idempotencyKey: 'shared' }));

    const stored = await api.sql<{ module_id: string; id: string }>('SELECT module_id, id FROM module_completions WHERE user_id = $1', [
      member.id,
    ]);
    expect(stored).toHaveLength(1);
    const winner = stored[0]!.module_id;
    responses.forEach((response, index) => {
      if (modules[index % 2] === winner) expect(response.data?.completeModule.completion.id).toBe(stored[0]!.id);
      else expectError(response, 'BAD_USER_INPUT', 'idempotencyKey');
    });
    const ledger = await ledgerOf(api, member.id);
    expect(ledger.rows).toEqual([{ amount: winner === modules[0] ? 10 : 5, reason: 'MODULE_COMPLETED', source_id: winner }]);
    expect(ledger.points).toBe(ledger.sum);
  });

  it('keeps every leaderboard total equal to the ledger when many people complete modules at once while others change teams and opt out', async () => {
    const organization = await signUpOrganization(api);
    const teams = [
      await createTeam(api, organization, 'North'),
      await createTeam(api, organization, 'South'),
      await createTeam(api, organization, 'East'),
    ];
    const people: Member[] = [];
    for (let index = 0; index < 12; index++) people.push(await addMember(api, organization, { teamId: teams[index % 3] }));
    const course = await createCourse(api, organization.admin.token, {
      modules: [10, 20, 5, 15].map((points) => ({ kind: 'LESSON' as const, points })),
      points: 40,
    });

    const completions = people.flatMap((person) =>
      course.modules.map((module) => api.gql(COMPLETE_MODULE, { input: { moduleId: module.id } }, person.token)),
    );
    // People crossing between teams in both directions, and opting out and back in, while their colleagues earn.
    const changes = people
      .slice(0, 6)
      .map((person, index) =>
        index % 2 === 0
          ? api.sql('UPDATE users SET team_id = $2 WHERE id = $1', [person.id, teams[(index + 1) % 3]])
          : api.gql(
              `mutation ($optOut: Boolean!) { setLeaderboardOptOut(optOut: $optOut) { id } }`,
              { optOut: index % 4 === 1 },
              person.token,
            ),
      );
    const responses = await Promise.all([...completions, ...changes]);

    expect(responses.flatMap((response) => ('errors' in response && response.errors) || [])).toEqual([]);
    await expectTotalsMatchLedger(api, organization.id);
    const [awarded] = await api.sql<{ sum: number }>(
      'SELECT sum(amount)::int AS sum FROM points_entries WHERE organization_id = $1 AND reason = $2',
      [organization.id, 'COURSE_COMPLETED'],
    );
    expect(awarded!.sum).toBe(12 * 40);
  });
});
