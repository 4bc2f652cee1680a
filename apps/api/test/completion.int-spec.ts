import {
  addMember,
  completeModule,
  createCourse,
  ledgerOf,
  signUpOrganization,
  withoutDefaultBadges,
  type Member,
  type ModuleSpec,
} from './support/fixtures.js';
import { startTestApi, type TestApi } from './support/test-app.js';

const ME = `{ me { points streakDays level { number title minPoints nextLevelPoints progress } } }`;
const HISTORY = `query ($first: Int, $after: String) { pointsHistory(first: $first, after: $after) { id amount reason description createdAt cursor } }`;
const COURSE_PROGRESS = `query ($id: ID!) {
  course(id: $id) {
    myEnrollment { id status progress startedAt completedAt }
    modules { id myCompletion { id passed score } }
  }
}`;
const ENROLL = `mutation ($id: ID!) { enroll(courseId: $id) { id status progress startedAt completedAt course { id } user { id } } }`;

const lessons = (...points: number[]): ModuleSpec[] =>
  points.map((value, index) => ({ kind: 'LESSON', points: value, title: `Lesson ${index + 1}` }));

/** The day before a `YYYY-MM-DD` day. */

describe('completing modules and courses', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  async function learner(timeZone?: string): Promise<{ admin: string; member: Member }> {
    const organization = await withoutDefaultBadges(api, await signUpOrganization(api, undefined, timeZone));
    return { admin: organization.admin.token, member: await addMember(api, organization) };
  }

  /** The ledger sums to the cached balance, and both to what the API reports. */
  async function expectBalanced(member: Member, points: number): Promise<void> {
    const ledger = await ledgerOf(api, member.id);
    expect({ sum: ledger.sum, points: ledger.points }).toEqual({ sum: points, points });
    expect((await api.ok(ME, {}, member.token)).me.points).toBe(points);
  }

  it('appends a lesson’s points to the ledger and to User.points', async () => {
    const { admin, member } = await learner();
    const course = await createCourse(api, admin, { modules: lessons(10, 15), points: 50 });

    const result = await completeModule(api, member.token, course.modules[0]!.id);
    expect(result).toEqual({
      completion: { id: expect.any(String), passed: true, score: null, feedback: [] },
      enrollment: { status: 'IN_PROGRESS', progress: 0.5, completedAt: null },
      pointsAwarded: 10,
      levelUp: null,
      newBadges: [],
      newCertifications: [],
    });
    expect((await ledgerOf(api, member.id)).rows).toEqual([{ amount: 10, reason: 'MODULE_COMPLETED', source_id: course.modules[0]!.id }]);
    await expectBalanced(member, 10);
    expect((await api.ok(HISTORY, {}, member.token)).pointsHistory).toEqual([
      expect.objectContaining({ amount: 10, reason: 'MODULE_COMPLETED', description: 'Completed “Lesson 1”' }),
    ]);
  });

  it('awards nothing for a failed quiz, explains only the right answers, and lets the learner retry until they pass', async () => {
    const { admin, member } = await learner();
    const course = await createCourse(api, admin, {
      modules: [{ kind: 'QUIZ', points: 20, passingScore: 60, answers: [1, 0, 2] }, ...lessons(5)],
    });
    const quiz = course.modules[0]!.id;

    const failed = await completeModule(api, member.token, quiz, { answers: [1, 1, 1] });
    expect(failed).toMatchObject({
      completion: {
        passed: false,
        score: 33,
        feedback: [
          { correct: true, explanation: 'Because of reason 1' },
          { correct: false, explanation: null },
          { correct: false, explanation: null },
        ],
      },
      enrollment: { status: 'NOT_STARTED', progress: 0, completedAt: null },
      pointsAwarded: 0,
      levelUp: null,
    });
    await expectBalanced(member, 0);

    const again = await completeModule(api, member.token, quiz, { answers: [0, 1, 0] });
    expect(again.completion).toMatchObject({
      passed: false,
      score: 0,
      feedback: [
        { correct: false, explanation: null },
        { correct: false, explanation: null },
        { correct: false, explanation: null },
      ],
    });
    expect(again.completion.id).not.toBe(failed.completion.id);

    const passed = await completeModule(api, member.token, quiz, { answers: [1, 0, 0] });
    expect(passed).toMatchObject({
      completion: {
        passed: true,
        score: 66,
        feedback: [
          { correct: true, explanation: 'Because of reason 1' },
          { correct: true, explanation: 'Because of reason 2' },
          { correct: false, explanation: 'Because of reason 3' },
        ],
      },
      enrollment: { status: 'IN_PROGRESS', progress: 0.5 },
      pointsAwarded: 20,
    });
    expect(await api.sql('SELECT score, passed FROM module_completions WHERE user_id = $1 ORDER BY completed_at', [member.id])).toEqual([
      { score: 33, passed: false },
      { score: 0, passed: false },
      { score: 66, passed: true },
    ]);
    await expectBalanced(member, 20);
  });

  it('answers a module passed before with the same completion and no points', async () => {
    const { admin, member } = await learner();
    const course = await createCourse(api, admin);
    const [lesson, quiz] = course.modules;

    const first = await completeModule(api, member.token, lesson!.id);
    const second = await completeModule(api, member.token, lesson!.id);
    expect(second).toEqual({ ...first, pointsAwarded: 0, levelUp: null });
    expect(first.pointsAwarded).toBe(10);

    const quizPassed = await completeModule(api, member.token, quiz!.id, { answers: [1, 0] });
    const quizAgain = await completeModule(api, member.token, quiz!.id, { answers: [0, 1] });
    expect(quizAgain.completion).toEqual(quizPassed.completion);
    expect(quizAgain.pointsAwarded).toBe(0);

    expect(await api.sql('SELECT count(*)::int AS count FROM module_completions WHERE user_id = $1', [member.id])).toEqual([{ count: 2 }]);
    await expectBalanced(member, 10 + 20 + 50);
  });

  it('completes the enrollment and appends the course bonus when every module is passed', async () => {
    const { admin, member } = await learner();
    const course = await createCourse(api, admin, { title: 'Warm welcomes', points: 50 });
    const [lesson, quiz] = course.modules;

    expect(await completeModule(api, member.token, lesson!.id)).toMatchObject({
      enrollment: { status: 'IN_PROGRESS', progress: 0.5, completedAt: null },
      pointsAwarded: 10,
    });
    const last = await completeModule(api, member.token, quiz!.id, { answers: [1, 0] });
    expect(last).toMatchObject({
      enrollment: { status: 'COMPLETED', progress: 1, completedAt: expect.any(String) },
      pointsAwarded: 20 + 50,
    });

    expect((await ledgerOf(api, member.id)).rows).toEqual(
      expect.arrayContaining([
        { amount: 10, reason: 'MODULE_COMPLETED', source_id: lesson!.id },
        { amount: 20, reason: 'MODULE_COMPLETED', source_id: quiz!.id },
        { amount: 50, reason: 'COURSE_COMPLETED', source_id: course.id },
      ]),
    );
    expect((await ledgerOf(api, member.id)).rows).toHaveLength(3);
    const history = (await api.ok(HISTORY, {}, member.token)).pointsHistory;
    expect(history.find((entry: { reason: string }) => entry.reason === 'COURSE_COMPLETED')).toMatchObject({
      amount: 50,
      description: 'Finished the course “Warm welcomes”',
    });
    await expectBalanced(member, 80);
  });

  it('reports levelUp only when a completion crosses a level threshold, the course bonus included', async () => {
    const { admin, member } = await learner();
    const course = await createCourse(api, admin, { modules: lessons(99, 1, 149, 500, 10), points: 0 });
    const levelUps = [];
    for (const module of course.modules.slice(0, 4)) levelUps.push((await completeModule(api, member.token, module.id)).levelUp);
    // 99, then exactly 100 (level 2), then 249, then 749: past 250 and 500 at once, to level 4.
    expect(levelUps).toEqual([null, { number: 2, title: 'Active Listener' }, null, { number: 4, title: 'Trusted Advisor' }]);
    expect((await api.ok(ME, {}, member.token)).me.level).toEqual({
      number: 4,
      title: 'Trusted Advisor',
      minPoints: 500,
      nextLevelPoints: 900,
      progress: 249 / 400,
    });

    const other = await learner();
    const bonusCourse = await createCourse(api, other.admin, { modules: lessons(95, 1), points: 10 });
    expect((await completeModule(api, other.member.token, bonusCourse.modules[0]!.id)).levelUp).toBeNull();
    expect(await completeModule(api, other.member.token, bonusCourse.modules[1]!.id)).toMatchObject({
      pointsAwarded: 11,
      levelUp: { number: 2 },
    });
    await expectBalanced(other.member, 106);
  });

  it('answers a retry with the same idempotencyKey exactly as the first time, level-up included, and awards nothing again', async () => {
    const { admin, member } = await learner();
    const course = await createCourse(api, admin, { modules: lessons(120, 5) });
    const first = await completeModule(api, member.token, course.modules[0]!.id, { idempotencyKey: 'tap-1' });
    const retry = await completeModule(api, member.token, course.modules[0]!.id, { idempotencyKey: 'tap-1' });
    expect(first).toMatchObject({ pointsAwarded: 120, levelUp: { number: 2, title: 'Active Listener' } });
    expect(retry).toEqual(first);
    await expectBalanced(member, 120);
  });

  it('counts streakDays as consecutive days with a passed module, back from today or, before today’s first, from yesterday', async () => {
    const { admin, member } = await learner();
    const course = await createCourse(api, admin, {
      modules: [...lessons(1, 1, 1), { kind: 'QUIZ', points: 1, passingScore: 100, answers: [1, 0] }],
    });
    const [a, b, c, quiz] = course.modules.map((module) => module.id);
    const streak = async () => (await api.ok(ME, {}, member.token)).me.streakDays;
    try {
      api.clock.set(new Date('2026-04-06T12:00:00Z'));
      expect(await streak()).toBe(0);
      await completeModule(api, member.token, a!);
      expect(await streak()).toBe(1);
      api.clock.advanceDays(1);
      expect(await streak()).toBe(1);
      await completeModule(api, member.token, b!);
      expect(await streak()).toBe(2);
      api.clock.advanceDays(1);
      await completeModule(api, member.token, c!);
      expect(await streak()).toBe(3);
      api.clock.advanceDays(1);
      expect(await streak()).toBe(3);
      api.clock.advanceDays(1);
      expect(await streak()).toBe(0);

      // A failed attempt is no activity.
      await completeModule(api, member.token, quiz!, { answers: [0, 0] });
      expect(await streak()).toBe(0);
      await completeModule(api, member.token, quiz!, { answers: [1, 0] });
      expect(await streak()).toBe(1);
    } finally {
      api.clock.reset();
    }
  });

  it('counts streak days in the organisation’s time zone', async () => {
    // 23:00 and 01:00 on Kiritimati (UTC+14 all year): two days there, but the same day in UTC.
    const twoCompletions = async (timeZone: string) => {
      const { admin, member } = await learner(timeZone);
      const course = await createCourse(api, admin, { modules: lessons(1, 1) });
      api.clock.set(new Date('2026-04-06T23:00:00+14:00'));
      await completeModule(api, member.token, course.modules[0]!.id);
      api.clock.set(new Date('2026-04-07T01:00:00+14:00'));
      await completeModule(api, member.token, course.modules[1]!.id);
      return (await api.ok(ME, {}, member.token)).me.streakDays;
    };
    try {
      expect(await twoCompletions('Pacific/Kiritimati')).toBe(2);
      expect(await twoCompletions('UTC')).toBe(1);
    } finally {
      api.clock.reset();
    }
  });

  it('lists pointsHistory newest first and pages through it with the cursor of the last entry', async () => {
    const { admin, member } = await learner();
    const course = await createCourse(api, admin, { modules: lessons(1, 2, 3, 4, 5) });
    for (const module of course.modules.slice(0, 4)) await completeModule(api, member.token, module.id);
    const page = async (first: number, after?: string) => (await api.ok(HISTORY, { first, after }, member.token)).pointsHistory;

    const all = await page(50);
    expect(all.map((entry: { amount: number; description: string }) => [entry.amount, entry.description])).toEqual([
      [4, 'Completed “Lesson 4”'],
      [3, 'Completed “Lesson 3”'],
      [2, 'Completed “Lesson 2”'],
      [1, 'Completed “Lesson 1”'],
    ]);
    const times = all.map((entry: { createdAt: string }) => Date.parse(entry.createdAt));
    expect([...times].sort((x, y) => y - x)).toEqual(times);

    const first = await page(3);
    expect(first.map((entry: { amount: number }) => entry.amount)).toEqual([4, 3, 2]);
    const second = await page(3, first[2].cursor);
    expect(second.map((entry: { amount: number }) => entry.amount)).toEqual([1]);
    expect(await page(3, second[0].cursor)).toEqual([]);
  });

  it('pages through entries written at the same instant without skipping or repeating one', async () => {
    const { admin, member } = await learner();
    const course = await createCourse(api, admin, { modules: lessons(1, 2, 3, 4), points: 7 });
    for (const module of course.modules) await completeModule(api, member.token, module.id);
    await api.sql(`UPDATE points_entries SET created_at = date_trunc('milliseconds', now()) WHERE user_id = $1`, [member.id]);

    const seen: string[] = [];
    let after: string | undefined;
    for (let guard = 0; guard < 10; guard++) {
      const [entry] = (await api.ok(HISTORY, { first: 1, after }, member.token)).pointsHistory;
      if (!entry) break;
      seen.push(entry.id);
      after = entry.cursor;
    }
    const ids = (await api.sql<{ id: string }>('SELECT id FROM points_entries WHERE user_id = $1 ORDER BY id DESC', [member.id])).map(
      (row) => row.id,
    );
    expect(ids).toHaveLength(5);
    expect(seen).toEqual(ids);
  });

  it('keeps the ledger sum equal to User.points and Team.points through passes, fails, repeats and course bonuses', async () => {
    const organization = await withoutDefaultBadges(api, await signUpOrganization(api));
    const { createTeam } = await api.ok(`mutation { createTeam(input: { name: "Care" }) { id } }`, {}, organization.admin.token);
    const ada = await addMember(api, organization, { teamId: createTeam.id });
    const bob = await addMember(api, organization, { teamId: createTeam.id });
    const one = await createCourse(api, organization.admin.token, { points: 40 });
    const two = await createCourse(api, organization.admin.token, { modules: lessons(7, 8), points: 30 });

    await completeModule(api, ada.token, one.modules[1]!.id, { answers: [0, 0] });
    await completeModule(api, ada.token, one.modules[1]!.id, { answers: [1, 0] });
    await completeModule(api, ada.token, one.modules[0]!.id);
    await completeModule(api, ada.token, one.modules[0]!.id);
    await completeModule(api, ada.token, two.modules[1]!.id);
    await completeModule(api, bob.token, two.modules[0]!.id);
    await completeModule(api, bob.token, two.modules[1]!.id);
    await completeModule(api, bob.token, one.modules[1]!.id, { answers: [1, 1] });

    await expectBalanced(ada, 20 + 10 + 40 + 8);
    await expectBalanced(bob, 7 + 8 + 30 + 20);
    const { team } = await api.ok(`query ($id: ID!) { team(id: $id) { points } }`, { id: createTeam.id }, organization.admin.token);
    expect(team.points).toBe(78 + 65);
  });

  it('shows progress through myEnrollments, Course.myEnrollment and Module.myCompletion', async () => {
    const { admin, member } = await learner();
    const course = await createCourse(api, admin, { title: 'A first' });
    const later = await createCourse(api, admin, { title: 'B later' });
    const [lesson, quiz] = course.modules;
    const progress = async () => (await api.ok(COURSE_PROGRESS, { id: course.id }, member.token)).course;

    expect(await progress()).toEqual({
      myEnrollment: null,
      modules: [
        { id: lesson!.id, myCompletion: null },
        { id: quiz!.id, myCompletion: null },
      ],
    });

    const { enroll } = await api.ok(ENROLL, { id: course.id }, member.token);
    expect(enroll).toEqual({
      id: expect.any(String),
      status: 'NOT_STARTED',
      progress: 0,
      startedAt: null,
      completedAt: null,
      course: { id: course.id },
      user: { id: member.id },
    });
    expect((await progress()).myEnrollment).toEqual({
      id: enroll.id,
      status: 'NOT_STARTED',
      progress: 0,
      startedAt: null,
      completedAt: null,
    });

    const lessonDone = await completeModule(api, member.token, lesson!.id);
    const failed = await completeModule(api, member.token, quiz!.id, { answers: [0, 1] });
    expect(await progress()).toEqual({
      myEnrollment: { id: enroll.id, status: 'IN_PROGRESS', progress: 0.5, startedAt: expect.any(String), completedAt: null },
      modules: [
        { id: lesson!.id, myCompletion: { id: lessonDone.completion.id, passed: true, score: null } },
        { id: quiz!.id, myCompletion: { id: failed.completion.id, passed: false, score: 0 } },
      ],
    });

    const passed = await completeModule(api, member.token, quiz!.id, { answers: [1, 0] });
    await completeModule(api, member.token, quiz!.id, { answers: [0, 0] });
    const done = await progress();
    expect(done.myEnrollment).toEqual({
      id: enroll.id,
      status: 'COMPLETED',
      progress: 1,
      startedAt: expect.any(String),
      completedAt: expect.any(String),
    });
    expect(done.modules[1].myCompletion).toEqual({ id: passed.completion.id, passed: true, score: 100 });

    await api.ok(ENROLL, { id: later.id }, member.token);
    const { myEnrollments } = await api.ok(`{ myEnrollments { status progress course { id } } }`, {}, member.token);
    expect(myEnrollments).toEqual([
      { status: 'NOT_STARTED', progress: 0, course: { id: later.id } },
      { status: 'COMPLETED', progress: 1, course: { id: course.id } },
    ]);

    // Someone else's view of the same course is their own: empty.
    const stranger = await api.ok(COURSE_PROGRESS, { id: course.id }, admin);
    expect(stranger.course).toEqual({
      myEnrollment: null,
      modules: [
        { id: lesson!.id, myCompletion: null },
        { id: quiz!.id, myCompletion: null },
      ],
    });
  });

  it('enrolls once however often the learner enrolls, and completing a module uses that same enrollment', async () => {
    const { admin, member } = await learner();
    const course = await createCourse(api, admin);
    const first = (await api.ok(ENROLL, { id: course.id }, member.token)).enroll;
    const second = (await api.ok(ENROLL, { id: course.id }, member.token)).enroll;
    expect(second).toEqual(first);
    await completeModule(api, member.token, course.modules[0]!.id);
    const third = (await api.ok(ENROLL, { id: course.id }, member.token)).enroll;
    expect(third).toMatchObject({ id: first.id, status: 'IN_PROGRESS', progress: 0.5 });
    expect(await api.sql('SELECT id FROM enrollments WHERE user_id = $1', [member.id])).toEqual([{ id: first.id }]);
  });
});
