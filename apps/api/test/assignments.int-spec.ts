import { randomUUID } from 'node:crypto';
import { DAY_MS, lessons } from './support/achievements.js';
import { expectError } from './support/errors.js';
import {
  addMember,
  completeModule,
  createCourse,
  createTeam,
  type Member,
  type Organization,
  type SeededCourse,
} from './support/fixtures.js';
import { createLearningPath, setTeamManager, sorted } from './support/teams.js';
import { startTestApi, type GraphQLResponse, type TestApi } from './support/test-app.js';
import { buildWorld, managedTeam } from './support/world.js';

const FIELDS = `id dueAt note status overdue createdAt course { id } assignee { id } assignedBy { id }`;
const ASSIGN_COURSE = `mutation ($input: AssignCourseInput!) { assignCourse(input: $input) { ${FIELDS} } }`;
const ASSIGN_PATH = `mutation ($input: AssignLearningPathInput!) { assignLearningPath(input: $input) { ${FIELDS} } }`;
const MINE = `{ myAssignments { ${FIELDS} } }`;
const OF_TEAM = `query ($teamId: ID!) { teamAssignments(teamId: $teamId) { ${FIELDS} } }`;
const MY_ENROLLMENTS = `{ myEnrollments { course { id } dueAt status } }`;

interface Assignment {
  readonly id: string;
  readonly dueAt: string | null;
  readonly note: string | null;
  readonly status: 'ASSIGNED' | 'IN_PROGRESS' | 'COMPLETED';
  readonly overdue: boolean;
  readonly createdAt: string;
  readonly course: { id: string };
  readonly assignee: { id: string };
  readonly assignedBy: { id: string };
}

/** A fixed starting instant, clear of any day boundary; tests move the clock from here. */
const BASE = new Date('2026-03-10T09:00:00.000Z');
const at = (days: number) => new Date(BASE.getTime() + days * DAY_MS).toISOString();

describe('assignments: managers assign courses and paths with due dates', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());
  beforeEach(() => api.clock.set(BASE));
  afterEach(() => api.clock.reset());

  /** An organisation with two managed teams, a loner, and a two-lesson course. */
  async function world() {
    const { organization, teams, people, courses } = await buildWorld(api, {
      teams: {
        North: { manager: 'North Manager', members: ['North 1', 'North 2'] },
        South: { manager: 'South Manager', members: ['South 1'] },
      },
      people: ['Lone Wolf'],
      courses: { course: { modules: lessons(10, 10) } },
    });
    return {
      organization,
      admin: organization.admin.token,
      north: teams.North,
      south: teams.South,
      loner: people['Lone Wolf'],
      course: courses.course,
    };
  }

  const assign = (token: string, input: Record<string, unknown>) =>
    api.gql<{ assignCourse: Assignment[] }>(ASSIGN_COURSE, { input }, token);
  const assignPath = (token: string, input: Record<string, unknown>) =>
    api.gql<{ assignLearningPath: Assignment[] }>(ASSIGN_PATH, { input }, token);

  async function assigned(token: string, input: Record<string, unknown>): Promise<Assignment[]> {
    const response = await assign(token, input);
    expect(response.errors).toBeUndefined();
    return byAssignee(response.data!.assignCourse);
  }

  const byAssignee = (assignments: Assignment[]) =>
    [...assignments].sort((a, b) => a.assignee.id.localeCompare(b.assignee.id) || a.course.id.localeCompare(b.course.id));
  const mine = async (member: Member) => (await api.ok<{ myAssignments: Assignment[] }>(MINE, {}, member.token)).myAssignments;
  const ofTeam = async (token: string, teamId: string) =>
    (await api.ok<{ teamAssignments: Assignment[] }>(OF_TEAM, { teamId }, token)).teamAssignments;
  const assigneesOf = (assignments: Assignment[]) => sorted(assignments.map((assignment) => assignment.assignee.id));

  /** The stored assignments and enrollments of an organisation: what a refused call must leave alone. */
  async function stored(organization: Organization) {
    return {
      assignments: await api.sql<{
        assignee_id: string;
        course_id: string;
        assigned_by_id: string;
        due_at: Date | null;
        note: string | null;
      }>(
        'SELECT assignee_id, course_id, assigned_by_id, due_at, note FROM assignments WHERE organization_id = $1 ORDER BY assignee_id, course_id',
        [organization.id],
      ),
      enrollments: await api.sql<{ user_id: string; course_id: string; due_at: Date | null }>(
        'SELECT user_id, course_id, due_at FROM enrollments WHERE organization_id = $1 ORDER BY user_id, course_id',
        [organization.id],
      ),
    };
  }

  /** Each response failed with `code` (and `field`), and nothing about assignments or enrollments changed. */
  async function expectRefused(
    organization: Organization,
    code: string,
    calls: (() => Promise<GraphQLResponse>)[],
    field?: string,
  ): Promise<void> {
    const before = await stored(organization);
    for (const [index, call] of calls.entries()) {
      const response = await call();
      try {
        expectError(response, code, field);
      } catch (error) {
        throw new Error(`call ${index}: ${(error as Error).message}\n${JSON.stringify(response.errors)}`);
      }
    }
    expect(await stored(organization)).toEqual(before);
  }

  describe('who may assign to whom', () => {
    it('lets a manager assign a course to members of their team with a due date and a note, and enrolls each with that due date', async () => {
      const { organization, north, course } = await world();
      const [first, second] = north.members;

      const result = await assigned(north.manager.token, {
        courseId: course.id,
        userIds: [first!.id, second!.id],
        dueAt: at(7),
        note: '  Before the busy season  ',
      });

      const expected = (member: Member) => ({
        id: expect.any(String),
        dueAt: at(7),
        note: 'Before the busy season',
        status: 'ASSIGNED',
        overdue: false,
        createdAt: expect.any(String),
        course: { id: course.id },
        assignee: { id: member.id },
        assignedBy: { id: north.manager.id },
      });
      expect(result).toEqual(byAssignee([expected(first!), expected(second!)] as Assignment[]));
      for (const member of [first!, second!]) {
        expect(await mine(member)).toEqual([result.find((assignment) => assignment.assignee.id === member.id)]);
        expect((await api.ok(MY_ENROLLMENTS, {}, member.token)).myEnrollments).toEqual([
          { course: { id: course.id }, dueAt: at(7), status: 'NOT_STARTED' },
        ]);
      }
      expect((await stored(organization)).assignments).toEqual(
        sorted([first!.id, second!.id]).map((id) => ({
          assignee_id: id,
          course_id: course.id,
          assigned_by_id: north.manager.id,
          due_at: new Date(at(7)),
          note: 'Before the busy season',
        })),
      );
      // The manager assigned nothing to themselves.
      expect(await mine(north.manager)).toEqual([]);
    });

    it('assigns a whole team to every current member except the manager who assigns, and to no one who has left it', async () => {
      const { organization, north, course } = await world();
      const leaver = await addMember(api, organization, { teamId: north.id, name: 'North Leaver' });
      await api.sql('UPDATE users SET team_id = NULL WHERE id = $1', [leaver.id]);

      const result = await assigned(north.manager.token, { courseId: course.id, teamId: north.id, dueAt: at(5) });

      expect(assigneesOf(result)).toEqual(sorted(north.members.map((member) => member.id)));
      expect(result.every((assignment) => assignment.assignedBy.id === north.manager.id && assignment.dueAt === at(5))).toBe(true);
      expect(await mine(leaver)).toEqual([]);
      expect(await mine(north.manager)).toEqual([]);
    });

    it('lets an admin assign to anyone in the organisation: people of any team or of none, and whole teams including their manager', async () => {
      const { admin, north, south, loner, course, organization } = await world();

      const people = await assigned(admin, { courseId: course.id, userIds: [south.members[0]!.id, loner.id] });
      expect(assigneesOf(people)).toEqual(sorted([south.members[0]!.id, loner.id]));
      expect(people.map((assignment) => assignment.dueAt)).toEqual([null, null]);

      const team = await assigned(admin, { courseId: course.id, teamId: north.id, userIds: [loner.id] });
      expect(assigneesOf(team)).toEqual(sorted([north.manager.id, ...north.members.map((member) => member.id), loner.id]));
      expect(team.every((assignment) => assignment.assignedBy.id === organization.admin.id)).toBe(true);
      expect((await stored(organization)).assignments).toHaveLength(5);
    });

    it('lets a manager of two teams assign to members of both, together with a whole team', async () => {
      const { organization, north, south, course } = await world();
      const east = await createTeam(api, organization, 'East');
      const easterner = await addMember(api, organization, { teamId: east, name: 'East 1' });
      await setTeamManager(api, organization, east, north.manager.id);

      const result = await assigned(north.manager.token, { courseId: course.id, teamId: east, userIds: [north.members[0]!.id] });
      expect(assigneesOf(result)).toEqual(sorted([easterner.id, north.members[0]!.id]));
      // South is still not theirs.
      expectError(await assign(north.manager.token, { courseId: course.id, userIds: [south.members[0]!.id] }), 'FORBIDDEN');
    });

    it('refuses a manager assigning to anyone outside the teams they manage, or to another manager’s team, with FORBIDDEN and nothing written', async () => {
      const { organization, north, south, loner, course } = await world();
      const pathId = await createLearningPath(api, organization.admin.token, [course.id]);
      const token = north.manager.token;
      const mixed = [north.members[0]!.id, south.members[0]!.id];

      await expectRefused(organization, 'FORBIDDEN', [
        () => assign(token, { courseId: course.id, userIds: [south.members[0]!.id] }),
        () => assign(token, { courseId: course.id, userIds: [south.manager.id] }),
        () => assign(token, { courseId: course.id, userIds: mixed, dueAt: at(3) }),
        () => assign(token, { courseId: course.id, userIds: [loner.id] }),
        () => assign(token, { courseId: course.id, userIds: [organization.admin.id] }),
        () => assign(token, { courseId: course.id, teamId: south.id }),
        () => assign(token, { courseId: course.id, teamId: north.id, userIds: [south.members[0]!.id] }),
        () => assignPath(token, { pathId, teamId: south.id }),
        () => assignPath(token, { pathId, userIds: mixed }),
      ]);
      // The other manager is held to their own team just the same.
      await expectRefused(organization, 'FORBIDDEN', [() => assign(south.manager.token, { courseId: course.id, teamId: north.id })]);
    });

    it('refuses an employee assigning a course or a path, even to themselves, or listing a team’s assignments', async () => {
      const { organization, north, course } = await world();
      const pathId = await createLearningPath(api, organization.admin.token, [course.id]);
      const employee = north.members[0]!;

      await expectRefused(organization, 'FORBIDDEN', [
        () => assign(employee.token, { courseId: course.id, userIds: [employee.id] }),
        () => assign(employee.token, { courseId: course.id, teamId: north.id }),
        () => assignPath(employee.token, { pathId, userIds: [north.members[1]!.id] }),
        () => api.gql(OF_TEAM, { teamId: north.id }, employee.token),
      ]);
      expect(await mine(employee)).toEqual([]);
    });

    it('shows a manager the assignments of their own team’s current members only, never another manager’s team; an admin any team', async () => {
      const { admin, north, south, course } = await world();
      const everyone = [north.manager, ...north.members, south.manager, ...south.members].map((member) => member.id);
      await assigned(admin, { courseId: course.id, userIds: everyone });

      const northIds = sorted([north.manager.id, ...north.members.map((member) => member.id)]);
      const southIds = sorted([south.manager.id, ...south.members.map((member) => member.id)]);
      expect(assigneesOf(await ofTeam(north.manager.token, north.id))).toEqual(northIds);
      expect(assigneesOf(await ofTeam(admin, north.id))).toEqual(northIds);
      expect(assigneesOf(await ofTeam(admin, south.id))).toEqual(southIds);
      const refused = await api.gql(OF_TEAM, { teamId: south.id }, north.manager.token);
      expectError(refused, 'FORBIDDEN');
      expect(refused.data).toBeNull();

      // Someone who moves to South takes their assignment along: North no longer lists it.
      await api.sql('UPDATE users SET team_id = $1 WHERE id = $2', [south.id, north.members[0]!.id]);
      expect(assigneesOf(await ofTeam(north.manager.token, north.id))).toEqual(sorted([north.manager.id, north.members[1]!.id]));
      expect(assigneesOf(await ofTeam(south.manager.token, south.id))).toEqual(sorted([...southIds, north.members[0]!.id]));
    });

    it('never crosses organisations: another organisation’s course, path, people and team are NOT_FOUND to its admin and managers', async () => {
      const home = await world();
      const away = await world();
      const awayPath = await createLearningPath(api, away.admin, [away.course.id]);
      await assigned(away.admin, { courseId: away.course.id, teamId: away.north.id });
      const awayBefore = await stored(away.organization);

      for (const token of [home.admin, home.north.manager.token]) {
        await expectRefused(home.organization, 'NOT_FOUND', [
          () => assign(token, { courseId: away.course.id, userIds: [home.north.members[0]!.id] }),
          () => assign(token, { courseId: home.course.id, userIds: [away.north.members[0]!.id] }),
          () => assign(token, { courseId: home.course.id, teamId: away.north.id }),
          () => assignPath(token, { pathId: awayPath, userIds: [home.north.members[0]!.id] }),
          () => api.gql(OF_TEAM, { teamId: away.north.id }, token),
        ]);
      }
      expect(await stored(away.organization)).toEqual(awayBefore);
      expect(await mine(home.north.members[0]!)).toEqual([]);
    });
  });

  describe('due dates, re-assignment and status', () => {
    it('moves the due date and note when the same course is assigned to the same person again, instead of adding a second assignment', async () => {
      const { organization, admin, north, course } = await world();
      const member = north.members[0]!;
      const [first] = await assigned(north.manager.token, { courseId: course.id, userIds: [member.id], dueAt: at(3), note: 'Soon' });

      const again = await assigned(admin, { courseId: course.id, teamId: north.id, dueAt: at(10), note: 'Later is fine' });

      const mineNow = again.find((assignment) => assignment.assignee.id === member.id)!;
      expect(mineNow).toEqual({ ...first, dueAt: at(10), note: 'Later is fine', assignedBy: { id: organization.admin.id } });
      expect(await mine(member)).toEqual([mineNow]);
      expect((await api.ok(MY_ENROLLMENTS, {}, member.token)).myEnrollments).toEqual([
        { course: { id: course.id }, dueAt: at(10), status: 'NOT_STARTED' },
      ]);
      const { assignments, enrollments } = await stored(organization);
      expect(assignments.filter((row) => row.assignee_id === member.id)).toEqual([
        {
          assignee_id: member.id,
          course_id: course.id,
          assigned_by_id: organization.admin.id,
          due_at: new Date(at(10)),
          note: 'Later is fine',
        },
      ]);
      expect(enrollments).toHaveLength(3);
    });

    it('leaves one assignment and one enrollment when ten identical assignments arrive at once', async () => {
      const { organization, north, course } = await world();
      const member = north.members[0]!;

      const responses = await Promise.all(
        Array.from({ length: 10 }, () => assign(north.manager.token, { courseId: course.id, userIds: [member.id], dueAt: at(4) })),
      );

      expect(responses.map((response) => response.errors ?? null)).toEqual(Array(10).fill(null));
      const { assignments, enrollments } = await stored(organization);
      expect(assignments).toHaveLength(1);
      expect(enrollments).toEqual([{ user_id: member.id, course_id: course.id, due_at: new Date(at(4)) }]);
      expect(new Set(responses.map((response) => response.data!.assignCourse[0]!.id))).toEqual(new Set([(await mine(member))[0]!.id]));
    });

    it('assigns the same people at once, by team and by lists in either order, once each and without an error', async () => {
      const { organization, admin, course } = await world();
      const crowd = await managedTeam(api, organization, 'Crowd', 8);
      const ids = crowd.members.map((member) => member.id);
      const responses = await Promise.all(
        Array.from({ length: 12 }, (_, index) =>
          index % 3 === 0
            ? assign(admin, { courseId: course.id, teamId: crowd.id, dueAt: at(4) })
            : assign(admin, { courseId: course.id, userIds: index % 3 === 1 ? ids : [...ids].reverse(), dueAt: at(5) }),
        ),
      );
      expect(responses.flatMap((response) => response.errors ?? [])).toEqual([]);
      expect((await stored(organization)).assignments).toHaveLength(9);
    });

    it('follows the enrollment: ASSIGNED, IN_PROGRESS after the first module, COMPLETED after the last; overdue only while unfinished past the due date', async () => {
      const { north, course } = await world();
      const member = north.members[0]!;
      await assigned(north.manager.token, { courseId: course.id, userIds: [member.id], dueAt: at(2) });
      const standing = async () => {
        const [assignment] = await mine(member);
        const [listed] = (await ofTeam(north.manager.token, north.id)).filter((row) => row.assignee.id === member.id);
        expect(listed).toEqual(assignment);
        return { status: assignment!.status, overdue: assignment!.overdue };
      };

      expect(await standing()).toEqual({ status: 'ASSIGNED', overdue: false });
      api.clock.set(new Date(at(2)));
      expect(await standing()).toEqual({ status: 'ASSIGNED', overdue: false });
      api.clock.set(new Date(new Date(at(2)).getTime() + 1000));
      expect(await standing()).toEqual({ status: 'ASSIGNED', overdue: true });
      await completeModule(api, member.token, course.modules[0]!.id);
      expect(await standing()).toEqual({ status: 'IN_PROGRESS', overdue: true });
      await completeModule(api, member.token, course.modules[1]!.id);
      expect(await standing()).toEqual({ status: 'COMPLETED', overdue: false });
      api.clock.advanceDays(365);
      expect(await standing()).toEqual({ status: 'COMPLETED', overdue: false });
    });

    it('never makes an assignment without a due date overdue, and shows progress made before the assignment', async () => {
      const { admin, north } = await world();
      const member = north.members[0]!;
      const started = await createCourse(api, admin, { modules: lessons(5, 5) });
      const finished = await createCourse(api, admin, { modules: lessons(5) });
      await completeModule(api, member.token, started.modules[0]!.id);
      await completeModule(api, member.token, finished.modules[0]!.id);
      const undated = await createCourse(api, admin, { modules: lessons(5) });

      await assigned(north.manager.token, { courseId: started.id, userIds: [member.id], dueAt: at(1) });
      await assigned(north.manager.token, { courseId: finished.id, userIds: [member.id], dueAt: at(1) });
      await assigned(north.manager.token, { courseId: undated.id, userIds: [member.id] });
      api.clock.advanceDays(400);

      const status = Object.fromEntries(
        (await mine(member)).map((assignment) => [assignment.course.id, [assignment.status, assignment.overdue]]),
      );
      expect(status).toEqual({
        [started.id]: ['IN_PROGRESS', true],
        [finished.id]: ['COMPLETED', false],
        [undated.id]: ['ASSIGNED', false],
      });
    });

    it('lists overdue work first, then by due date with undated work last, for the assignee and for the team', async () => {
      const { admin, north } = await world();
      const [member, colleague] = north.members;
      const courses: SeededCourse[] = [];
      for (let index = 0; index < 5; index++) courses.push(await createCourse(api, admin, { modules: lessons(5) }));
      // Due in 1, 5, 3, never and 2 days; the colleague's one course is due in 4.
      const dues = [at(1), at(5), at(3), null, at(2)];
      for (const [index, dueAt] of dues.entries())
        await assigned(north.manager.token, { courseId: courses[index]!.id, userIds: [member!.id], dueAt });
      await assigned(north.manager.token, { courseId: courses[0]!.id, userIds: [colleague!.id], dueAt: at(4) });
      api.clock.set(new Date(at(2.5)));

      const order = (assignments: Assignment[]) =>
        assignments.map((assignment) => [courses.findIndex((course) => course.id === assignment.course.id), assignment.overdue]);
      expect(order(await mine(member!))).toEqual([
        [0, true],
        [4, true],
        [2, false],
        [1, false],
        [3, false],
      ]);
      expect(
        (await ofTeam(north.manager.token, north.id)).map((assignment) => [
          assignment.assignee.id === member!.id ? 'member' : 'colleague',
          ...order([assignment])[0]!,
        ]),
      ).toEqual([
        ['member', 0, true],
        ['member', 4, true],
        ['member', 2, false],
        ['colleague', 0, false],
        ['member', 1, false],
        ['member', 3, false],
      ]);

      // Finishing the most overdue course takes it out of the overdue group; it keeps its place by due date.
      await completeModule(api, member!.token, courses[0]!.modules[0]!.id);
      expect(order(await mine(member!))).toEqual([
        [4, true],
        [0, false],
        [2, false],
        [1, false],
        [3, false],
      ]);
    });
  });

  describe('learning paths', () => {
    it('assigns each published course of a path to a whole team, enrolls each member in each with the due date, and leaves drafts out', async () => {
      const { organization, admin, north, course } = await world();
      const draft = await createCourse(api, admin, { publish: false });
      const second = await createCourse(api, admin, { modules: lessons(5) });
      const pathId = await createLearningPath(api, admin, [course.id, draft.id, second.id]);

      const response = await assignPath(north.manager.token, { pathId, teamId: north.id, dueAt: at(14), note: 'Onboarding' });

      expect(response.errors).toBeUndefined();
      const shape = (assignments: Assignment[]) =>
        byAssignee(assignments).map((assignment) => [
          assignment.assignee.id,
          assignment.course.id,
          assignment.dueAt,
          assignment.note,
          assignment.status,
        ]);
      const expected = north.members
        .flatMap((member) => [course.id, second.id].map((courseId) => [member.id, courseId, at(14), 'Onboarding', 'ASSIGNED']))
        .sort((a, b) => a[0]!.localeCompare(b[0]!) || a[1]!.localeCompare(b[1]!));
      expect(shape(response.data!.assignLearningPath)).toEqual(expected);
      const { enrollments } = await stored(organization);
      expect(enrollments.map((row) => row.due_at)).toEqual(Array(4).fill(new Date(at(14))));

      // Assigning the path again moves every due date and adds nothing.
      const again = await assignPath(admin, { pathId, userIds: [north.members[0]!.id], dueAt: at(21) });
      expect(again.data!.assignLearningPath.map((assignment) => assignment.dueAt)).toEqual([at(21), at(21)]);
      expect((await stored(organization)).assignments).toHaveLength(4);
    });

    it('refuses a path with no published course with BAD_USER_INPUT naming pathId', async () => {
      const { organization, admin, north } = await world();
      const draft = await createCourse(api, admin, { publish: false });
      const pathId = await createLearningPath(api, admin, [draft.id]);
      await expectRefused(organization, 'BAD_USER_INPUT', [() => assignPath(north.manager.token, { pathId, teamId: north.id })], 'pathId');
    });
  });

  describe('bad input', () => {
    it('refuses an assignment with no one to assign to, naming the field, and writes nothing', async () => {
      const { organization, north, course } = await world();
      await expectRefused(
        organization,
        'BAD_USER_INPUT',
        [
          () => assign(north.manager.token, { courseId: course.id }),
          () => assign(north.manager.token, { courseId: course.id, userIds: [] }),
        ],
        'userIds',
      );
      await expectRefused(
        organization,
        'BAD_USER_INPUT',
        [() => assign(north.manager.token, { courseId: course.id, userIds: [north.members[0]!.id, north.members[0]!.id] })],
        'userIds',
      );
      // A team whose only member is the manager assigning has no one to assign to.
      const solo = await createTeam(api, organization, 'Solo');
      const boss = await addMember(api, organization, { role: 'MANAGER', teamId: solo });
      await setTeamManager(api, organization, solo, boss.id);
      await expectRefused(organization, 'BAD_USER_INPUT', [() => assign(boss.token, { courseId: course.id, teamId: solo })], 'teamId');
    });

    it('refuses a due date that is not in the future, naming dueAt', async () => {
      const { organization, north, course } = await world();
      const userIds = [north.members[0]!.id];
      await expectRefused(
        organization,
        'BAD_USER_INPUT',
        [
          () => assign(north.manager.token, { courseId: course.id, userIds, dueAt: at(-1) }),
          () => assign(north.manager.token, { courseId: course.id, userIds, dueAt: at(0) }),
          () => assign(north.manager.token, { courseId: course.id, teamId: north.id, dueAt: at(-0.001) }),
          () => assign(north.manager.token, { courseId: course.id, userIds, dueAt: 'next Tuesday' }),
        ],
        'dueAt',
      );
    });

    it('refuses an unpublished course with BAD_USER_INPUT naming courseId', async () => {
      const { organization, admin, north } = await world();
      const draft = await createCourse(api, admin, { publish: false });
      await expectRefused(
        organization,
        'BAD_USER_INPUT',
        [
          () => assign(admin, { courseId: draft.id, teamId: north.id }),
          () => assign(north.manager.token, { courseId: draft.id, teamId: north.id }),
        ],
        'courseId',
      );
    });

    it('answers NOT_FOUND for an unknown course, path, person or team', async () => {
      const { organization, north, course } = await world();
      const userIds = [north.members[0]!.id];
      await expectRefused(organization, 'NOT_FOUND', [
        () => assign(north.manager.token, { courseId: randomUUID(), userIds }),
        () => assign(north.manager.token, { courseId: course.id, userIds: [...userIds, randomUUID()] }),
        () => assign(north.manager.token, { courseId: course.id, teamId: randomUUID() }),
        () => assignPath(north.manager.token, { pathId: randomUUID(), userIds }),
        () => api.gql(OF_TEAM, { teamId: randomUUID() }, north.manager.token),
      ]);
    });

    it('refuses a note longer than 500 characters and malformed ids, naming the field', async () => {
      const { organization, north, course } = await world();
      await expectRefused(
        organization,
        'BAD_USER_INPUT',
        [() => assign(north.manager.token, { courseId: course.id, teamId: north.id, note: 'x'.repeat(501) })],
        'note',
      );
      await expectRefused(
        organization,
        'BAD_USER_INPUT',
        [() => assign(north.manager.token, { courseId: 'course-1', teamId: north.id })],
        'courseId',
      );
    });
  });
});
