import { randomUUID } from 'node:crypto';
import { DAY_MS, createCertification, lessons } from './support/achievements.js';
import { expectError } from './support/errors.js';
import { COMPLETE_MODULE, completeModule, createCourse, type Member } from './support/fixtures.js';
import { queriesDuring } from './support/statements.js';
import { startTestApi, type GraphQLResponse, type TestApi } from './support/test-app.js';
import { buildWorld, managedTeam } from './support/world.js';

const FIELDS = `id title metric target startsAt endsAt reachedAt current responses progress team { id }`;
const CREATE = `mutation ($input: CreateTeamMilestoneInput!) { createTeamMilestone(input: $input) { ${FIELDS} } }`;
const OF_TEAM = `query ($teamId: ID!) { teamMilestones(teamId: $teamId) { ${FIELDS} } }`;
const IMPORT_FEEDBACK = `mutation ($input: ImportFeedbackInput!) { importCustomerFeedback(input: $input) { imported } }`;
const RECORD_FEEDBACK = `mutation ($input: RecordFeedbackInput!) { recordCustomerFeedback(input: $input) { id } }`;
const REVOKE = `mutation ($awardId: ID!, $reason: String!) { revokeCertification(awardId: $awardId, reason: $reason) { id } }`;

interface Milestone {
  readonly id: string;
  readonly title: string;
  readonly metric: string;
  readonly target: number;
  readonly startsAt: string;
  readonly endsAt: string | null;
  readonly reachedAt: string | null;
  readonly current: number;
  readonly responses: number;
  readonly progress: number;
  readonly team: { id: string };
}

/** A Monday, noon UTC (the organisations here count days in UTC). */
const BASE = new Date('2026-06-01T12:00:00.000Z');
const at = (days: number) => new Date(BASE.getTime() + days * DAY_MS);
const iso = (days: number) => at(days).toISOString();

describe('team milestones: counted from the facts inside their window, reached once', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());
  beforeEach(() => api.clock.set(BASE));
  afterEach(() => api.clock.reset());

  /** An organisation without default badges (points are exactly what the facts earn): a team of `size` employees and its manager, and another team of one. */
  async function world(size = 2) {
    const { organization, teams } = await buildWorld(api, {
      defaultBadges: false,
      teams: {
        Team: { manager: 'Team Manager', members: Array.from({ length: size }, (_, index) => `Team ${index + 1}`) },
        Other: { manager: 'Other Manager', members: ['Other 1'] },
      },
    });
    return { organization, admin: organization.admin.token, team: teams.Team, other: teams.Other };
  }

  const create = (token: string, input: Record<string, unknown>) => api.gql<{ createTeamMilestone: Milestone }>(CREATE, { input }, token);
  async function created(token: string, input: Record<string, unknown>): Promise<Milestone> {
    return (
      await api.ok<{ createTeamMilestone: Milestone }>(CREATE, { input: { title: `Goal ${input.metric as string}`, ...input } }, token)
    ).createTeamMilestone;
  }
  async function milestonesOf(token: string, teamId: string): Promise<Record<string, Milestone>> {
    const { teamMilestones } = await api.ok<{ teamMilestones: Milestone[] }>(OF_TEAM, { teamId }, token);
    return Object.fromEntries(teamMilestones.map((milestone) => [milestone.id, milestone]));
  }
  const feedback = (token: string, input: Record<string, unknown>) => api.ok(RECORD_FEEDBACK, { input }, token);
  const teamCelebrations = (teamId: string) =>
    api.sql<{ title: string; source_key: string; created_at: Date }>(
      `SELECT title, source_key, created_at FROM celebrations WHERE team_id = $1 AND kind = 'TEAM_MILESTONE'`,
      [teamId],
    );

  describe('current and progress', () => {
    it('counts every metric from the facts of the team’s current members inside [startsAt, endsAt] only', async () => {
      const { admin, team, other } = await world();
      const [first, second] = team.members;
      const manager = team.manager.token;
      const courseA = await createCourse(api, admin, { modules: lessons(10, 10), points: 50 });
      const courseB = await createCourse(api, admin, { modules: lessons(5), points: 0 });
      const quiz = await createCourse(api, admin, { modules: [{ kind: 'QUIZ', points: 10, passingScore: 100, answers: [1, 0] }] });
      await createCertification(api, admin, { requiredCourseIds: [courseB.id], points: 20 });

      const targets: Record<string, number> = {
        MODULES_COMPLETED: 6,
        COURSES_COMPLETED: 12,
        POINTS_EARNED: 440,
        CERTIFICATIONS_EARNED: 8,
        KUDOS_RECEIVED: 1,
        AVERAGE_CSAT: 5,
        FEEDBACK_COUNT: 30,
      };
      const ids: Record<string, string> = {};
      for (const [metric, target] of Object.entries(targets)) {
        ids[metric] = (await created(manager, { teamId: team.id, metric, target, startsAt: iso(1), endsAt: iso(5) })).id;
      }

      // Before the window.
      api.clock.set(at(0.5));
      await completeModule(api, first!.token, courseA.modules[0]!.id);
      await feedback(manager, { teamId: team.id, csat: 1 });
      // At the very start: the module that finishes course A (10 + 50 points).
      api.clock.set(at(1));
      await completeModule(api, first!.token, courseA.modules[1]!.id);
      // Inside: course B and its certification (5 + 20 points); a failed quiz; two answers for the team, one more for another team.
      api.clock.set(at(2));
      await completeModule(api, second!.token, courseB.modules[0]!.id);
      await completeModule(api, second!.token, quiz.modules[0]!.id, { answers: [0, 0] });
      await feedback(manager, { employeeId: second!.id, csat: 5 });
      await feedback(manager, { teamId: team.id, csat: 4, nps: 2 });
      await feedback(other.manager.token, { teamId: other.id, csat: 1 });
      // Another team's member does not count toward this team.
      await completeModule(api, other.members[0]!.token, courseA.modules[0]!.id);
      await completeModule(api, other.members[0]!.token, courseA.modules[1]!.id);
      api.clock.set(at(3));
      const halfway = await milestonesOf(manager, team.id);
      expect(halfway[ids.MODULES_COMPLETED!]).toMatchObject({ current: 2, progress: 2 / 6 });
      expect(halfway[ids.AVERAGE_CSAT!]).toMatchObject({ current: 4.5, responses: 2 });
      // At the very end.
      api.clock.set(at(5));
      await completeModule(api, first!.token, courseB.modules[0]!.id);
      await feedback(manager, { teamId: team.id, csat: 3 });
      // A second after the end.
      api.clock.set(new Date(at(5).getTime() + 1000));
      await completeModule(api, second!.token, courseA.modules[0]!.id);
      await feedback(manager, { teamId: team.id, csat: 5 });

      api.clock.set(at(7));
      const expected: Record<string, [current: number, responses: number]> = {
        MODULES_COMPLETED: [3, 0],
        COURSES_COMPLETED: [3, 0],
        POINTS_EARNED: [60 + 25 + 25, 0],
        CERTIFICATIONS_EARNED: [2, 0],
        KUDOS_RECEIVED: [0, 0],
        AVERAGE_CSAT: [4, 3],
        FEEDBACK_COUNT: [3, 0],
      };
      const milestones = await milestonesOf(admin, team.id);
      for (const [metric, [current, responses]] of Object.entries(expected)) {
        expect(milestones[ids[metric]!]).toEqual({
          id: ids[metric],
          metric,
          title: `Goal ${metric}`,
          target: targets[metric],
          startsAt: iso(1),
          endsAt: iso(5),
          reachedAt: null,
          current,
          responses,
          progress: current / targets[metric]!,
          team: { id: team.id },
        });
      }

      // A revoked certification no longer counts; a member who leaves takes their facts along, the team keeps its feedback.
      const [award] = await api.sql<{ id: string }>('SELECT id FROM certification_awards WHERE user_id = $1', [second!.id]);
      await api.ok(REVOKE, { awardId: award!.id, reason: 'Taken by someone else' }, admin);
      await api.sql('UPDATE users SET team_id = NULL WHERE id = $1', [first!.id]);
      const after = await milestonesOf(admin, team.id);
      expect(Object.fromEntries(Object.entries(ids).map(([metric, id]) => [metric, after[id]!.current]))).toEqual({
        MODULES_COMPLETED: 1,
        COURSES_COMPLETED: 1,
        POINTS_EARNED: 25,
        CERTIFICATIONS_EARNED: 0,
        KUDOS_RECEIVED: 0,
        AVERAGE_CSAT: 4,
        FEEDBACK_COUNT: 3,
      });
    });

    it('reads every team’s milestones and weekly activity in as many queries for two teams and one milestone as for four teams and twelve', async () => {
      const { organization, admin, team } = await world(1);
      const EVERY_TEAM = `{ organization { teams { id milestones(first: 4) { current responses progress } activity(weeks: 4) { weekStart modulesCompleted averageCsat } } } }`;
      const read = async () =>
        (await api.ok<{ organization: { teams: { milestones: unknown[]; activity: unknown[] }[] } }>(EVERY_TEAM, {}, admin)).organization
          .teams;
      await created(admin, { teamId: team.id, metric: 'MODULES_COMPLETED', target: 3 });
      const few = await queriesDuring(api, read);

      for (let index = 0; index < 2; index++) {
        const more = await managedTeam(api, organization, `More ${index} ${randomUUID().slice(0, 4)}`, 1);
        for (const metric of ['AVERAGE_CSAT', 'POINTS_EARNED', 'KUDOS_RECEIVED', 'FEEDBACK_COUNT'])
          await created(admin, { teamId: more.id, metric, target: 3 });
      }
      for (const metric of ['COURSES_COMPLETED', 'CERTIFICATIONS_EARNED', 'FEEDBACK_COUNT'])
        await created(admin, { teamId: team.id, metric, target: 3 });
      const teams = await read();
      expect(teams).toHaveLength(4);
      expect(teams.flatMap((each) => each.milestones)).toHaveLength(12);
      expect(teams.every((each) => each.activity.length === 4)).toBe(true);
      expect(await queriesDuring(api, read)).toBe(few);
    });

    it('counts an open-ended milestone up to now, and shows it on Team.milestones, newest first, with the team’s points', async () => {
      const { admin, team } = await world();
      const course = await createCourse(api, admin, { modules: lessons(10, 15, 20), points: 0 });
      const older = await created(team.manager.token, { teamId: team.id, metric: 'POINTS_EARNED', target: 100, startsAt: iso(-1) });
      api.clock.set(at(1));
      await completeModule(api, team.members[0]!.token, course.modules[0]!.id);
      api.clock.set(at(2));
      const newer = await created(team.manager.token, { teamId: team.id, metric: 'MODULES_COMPLETED', target: 4 });
      expect(newer).toMatchObject({ startsAt: iso(2), endsAt: null, current: 0, progress: 0 });
      await completeModule(api, team.members[1]!.token, course.modules[1]!.id);

      const { team: view } = await api.ok<{ team: { points: number; milestones: Milestone[] } }>(
        `query ($id: ID!) { team(id: $id) { points milestones { id current progress reachedAt } } }`,
        { id: team.id },
        team.members[0]!.token,
      );
      expect(view).toEqual({
        points: 25,
        milestones: [
          { id: newer.id, current: 1, progress: 0.25, reachedAt: null },
          { id: older.id, current: 25, progress: 0.25, reachedAt: null },
        ],
      });
    });

    it('reaches an average CSAT only once at least five answers are behind it, and keeps it reached when the average falls', async () => {
      const { team } = await world();
      const manager = team.manager.token;
      const milestone = await created(manager, { teamId: team.id, metric: 'AVERAGE_CSAT', target: 4.5 });
      const standing = async () => {
        const { current, responses, reachedAt, progress } = (await milestonesOf(manager, team.id))[milestone.id]!;
        return { current, responses, reachedAt, progress };
      };

      for (let hour = 1; hour <= 4; hour++) {
        api.clock.set(at(hour / 24));
        await feedback(manager, { teamId: team.id, csat: 5 });
      }
      expect(await standing()).toEqual({ current: 5, responses: 4, reachedAt: null, progress: 1 });
      expect(await teamCelebrations(team.id)).toEqual([]);

      api.clock.set(at(5 / 24));
      await feedback(manager, { employeeId: team.members[0]!.id, csat: 4 });
      expect(await standing()).toEqual({ current: 4.8, responses: 5, reachedAt: iso(5 / 24), progress: 1 });

      api.clock.set(at(6 / 24));
      await feedback(manager, { teamId: team.id, csat: 1 });
      expect(await standing()).toEqual({ current: 4.17, responses: 6, reachedAt: iso(5 / 24), progress: 1 });
      expect((await teamCelebrations(team.id)).map((celebration) => celebration.source_key)).toEqual([`TEAM_MILESTONE:${milestone.id}`]);
    });

    it('does not reach an average CSAT below its target, however many answers', async () => {
      const { team } = await world();
      const milestone = await created(team.manager.token, { teamId: team.id, metric: 'AVERAGE_CSAT', target: 4.5 });
      for (const csat of [5, 4, 4, 5, 4, 4, 5, 4]) await feedback(team.manager.token, { teamId: team.id, csat });
      expect((await milestonesOf(team.manager.token, team.id))[milestone.id]).toMatchObject({
        current: 4.38,
        responses: 8,
        reachedAt: null,
      });
      expect(await teamCelebrations(team.id)).toEqual([]);
    });
  });

  describe('reaching a milestone', () => {
    it('sets reachedAt when the facts meet the target, once, with one TEAM_MILESTONE celebration on the team’s feed', async () => {
      const { admin, team } = await world();
      const course = await createCourse(api, admin, { modules: lessons(1, 1, 1, 1), points: 0 });
      const milestone = await created(team.manager.token, {
        teamId: team.id,
        title: 'Three modules this week',
        metric: 'MODULES_COMPLETED',
        target: 3,
        endsAt: iso(7),
      });
      const reachedAt = async () => (await milestonesOf(admin, team.id))[milestone.id]!.reachedAt;

      for (const [hour, member, module] of [
        [1, 0, 0],
        [2, 1, 0],
      ] as const) {
        api.clock.set(at(hour / 24));
        await completeModule(api, team.members[member]!.token, course.modules[module]!.id);
        expect(await reachedAt()).toBeNull();
      }
      api.clock.set(at(3 / 24));
      await completeModule(api, team.members[0]!.token, course.modules[1]!.id);
      expect(await reachedAt()).toBe(iso(3 / 24));
      api.clock.set(at(4 / 24));
      await completeModule(api, team.members[1]!.token, course.modules[1]!.id);
      expect(await reachedAt()).toBe(iso(3 / 24));

      expect(await teamCelebrations(team.id)).toEqual([
        { title: `${team.name} reached “Three modules this week”`, source_key: `TEAM_MILESTONE:${milestone.id}`, created_at: at(3 / 24) },
      ]);
      const { celebrations } = await api.ok<{
        celebrations: { nodes: { kind: string; title: string; team: { id: string }; user: null }[] };
      }>(
        `query ($teamId: ID) { celebrations(teamId: $teamId) { nodes { kind title team { id } user { id } } } }`,
        { teamId: team.id },
        team.members[0]!.token,
      );
      expect(celebrations.nodes).toEqual([
        { kind: 'TEAM_MILESTONE', title: `${team.name} reached “Three modules this week”`, team: { id: team.id }, user: null },
      ]);
    });

    it('reaches a milestone on creation when the facts already inside its window meet the target', async () => {
      const { admin, team } = await world();
      const course = await createCourse(api, admin, { modules: lessons(10, 10, 10), points: 0 });
      api.clock.set(at(-3));
      await completeModule(api, team.members[0]!.token, course.modules[0]!.id);
      api.clock.set(at(-1));
      await completeModule(api, team.members[0]!.token, course.modules[1]!.id);
      await completeModule(api, team.members[1]!.token, course.modules[0]!.id);
      api.clock.set(BASE);

      const met = await created(team.manager.token, {
        teamId: team.id,
        metric: 'POINTS_EARNED',
        target: 20,
        startsAt: iso(-2),
        endsAt: iso(2),
      });
      const notYet = await created(team.manager.token, {
        teamId: team.id,
        metric: 'POINTS_EARNED',
        target: 21,
        startsAt: iso(-2),
        endsAt: iso(2),
      });

      expect(met).toMatchObject({ current: 20, progress: 1, reachedAt: BASE.toISOString() });
      expect(notYet).toMatchObject({ current: 20, reachedAt: null });
      expect((await teamCelebrations(team.id)).map((celebration) => celebration.source_key)).toEqual([`TEAM_MILESTONE:${met.id}`]);
    });

    it('reaches a milestone whose window has ended when feedback dated inside it arrives late, as from a help-desk export', async () => {
      const { team } = await world();
      const manager = team.manager.token;
      const october = await created(manager, {
        teamId: team.id,
        title: 'Two answers in week one',
        metric: 'FEEDBACK_COUNT',
        target: 2,
        startsAt: iso(0),
        endsAt: iso(7),
      });
      const agentEmail = team.members[0]!.email;
      const imported = (rows: { receivedAt: string; csat: number }[]) =>
        api.ok<{ importCustomerFeedback: { imported: number } }>(
          IMPORT_FEEDBACK,
          { input: { rows: rows.map((row, index) => ({ row: index + 1, agentEmail, ...row })) } },
          manager,
        );
      api.clock.set(at(10));
      expect(
        await imported([
          { receivedAt: iso(3), csat: 5 },
          { receivedAt: iso(9), csat: 4 },
        ]),
      ).toEqual({ importCustomerFeedback: { imported: 2 } });
      expect((await milestonesOf(manager, team.id))[october.id]).toMatchObject({ current: 1, reachedAt: null });

      await imported([{ receivedAt: iso(6), csat: 4 }]);
      expect((await milestonesOf(manager, team.id))[october.id]).toMatchObject({ current: 2, reachedAt: iso(10) });
      expect(await teamCelebrations(team.id)).toEqual([
        { title: `${team.name} reached “Two answers in week one”`, source_key: `TEAM_MILESTONE:${october.id}`, created_at: at(10) },
      ]);

      // Set afterwards over a window that ended before today: reached at once from the facts inside it.
      const afterwards = await created(manager, { teamId: team.id, metric: 'FEEDBACK_COUNT', target: 2, startsAt: iso(1), endsAt: iso(8) });
      expect(afterwards).toMatchObject({ current: 2, reachedAt: iso(10) });
    });

    it('does not count facts toward a milestone that has not started yet, nor reach it then', async () => {
      const { admin, team } = await world();
      const course = await createCourse(api, admin, { modules: lessons(1, 1), points: 0 });
      const milestone = await created(team.manager.token, { teamId: team.id, metric: 'MODULES_COMPLETED', target: 1, startsAt: iso(1) });
      await completeModule(api, team.members[0]!.token, course.modules[0]!.id);
      api.clock.set(at(2));
      expect((await milestonesOf(admin, team.id))[milestone.id]).toMatchObject({ current: 0, reachedAt: null });
      await completeModule(api, team.members[0]!.token, course.modules[1]!.id);
      expect((await milestonesOf(admin, team.id))[milestone.id]).toMatchObject({ current: 1, reachedAt: iso(2) });
    });

    it('reaches each milestone exactly once when ten members complete the modules that cross its target at the same moment', async () => {
      const { admin, team } = await world(10);
      const course = await createCourse(api, admin, { modules: lessons(3, 4, 4, 4), points: 0 });
      for (const member of team.members) await completeModule(api, member.token, course.modules[0]!.id);
      // Each crossed by the last of the ten completions of one burst, but one crossed by the third of the first burst.
      const targets: [metric: string, target: number, burst: number][] = [
        ['MODULES_COMPLETED', 13, 1],
        ['MODULES_COMPLETED', 20, 1],
        ['POINTS_EARNED', 70, 1],
        ['MODULES_COMPLETED', 30, 2],
        ['MODULES_COMPLETED', 40, 3],
        ['POINTS_EARNED', 150, 3],
      ];
      const milestones: Milestone[] = [];
      for (const [metric, target] of targets)
        milestones.push(await created(team.manager.token, { teamId: team.id, metric, target, startsAt: iso(-1) }));

      for (const burst of [1, 2, 3]) {
        api.clock.set(at(burst));
        const responses = await Promise.all(
          team.members.map((member: Member) => api.gql(COMPLETE_MODULE, { input: { moduleId: course.modules[burst]!.id } }, member.token)),
        );
        expect(responses.map((response: GraphQLResponse) => response.errors ?? null)).toEqual(Array(10).fill(null));
        const now = await milestonesOf(admin, team.id);
        expect(milestones.map((milestone) => now[milestone.id]!.reachedAt)).toEqual(
          targets.map(([, , reachedIn]) => (reachedIn <= burst ? iso(reachedIn) : null)),
        );
      }

      expect((await teamCelebrations(team.id)).map((celebration) => celebration.source_key).sort()).toEqual(
        milestones.map((milestone) => `TEAM_MILESTONE:${milestone.id}`).sort(),
      );
      const final = await milestonesOf(admin, team.id);
      expect(milestones.map((milestone) => [final[milestone.id]!.current, final[milestone.id]!.progress])).toEqual([
        [40, 1],
        [40, 1],
        [150, 1],
        [40, 1],
        [40, 1],
        [150, 1],
      ]);
    });

    it('reaches a feedback milestone exactly once when ten answers that cross it are recorded at once', async () => {
      const { team } = await world();
      const milestone = await created(team.manager.token, { teamId: team.id, metric: 'FEEDBACK_COUNT', target: 10 });
      const average = await created(team.manager.token, { teamId: team.id, metric: 'AVERAGE_CSAT', target: 4 });

      const responses = await Promise.all(
        Array.from({ length: 10 }, (_, index) =>
          api.gql(RECORD_FEEDBACK, { input: { employeeId: team.members[index % 2]!.id, csat: 4 + (index % 2) } }, team.manager.token),
        ),
      );

      expect(responses.map((response) => response.errors ?? null)).toEqual(Array(10).fill(null));
      const milestones = await milestonesOf(team.manager.token, team.id);
      expect(milestones[milestone.id]).toMatchObject({ current: 10, reachedAt: BASE.toISOString() });
      expect(milestones[average.id]).toMatchObject({ current: 4.5, responses: 10, reachedAt: BASE.toISOString() });
      expect(await teamCelebrations(team.id)).toHaveLength(2);
    });
  });

  describe('who may set milestones', () => {
    it('lets the team’s manager and an admin set a milestone; refuses an employee and another team’s manager with FORBIDDEN', async () => {
      const { organization, admin, team, other } = await world();
      const input = { teamId: team.id, title: 'Ten courses', metric: 'COURSES_COMPLETED', target: 10 };
      const count = async () =>
        (
          await api.sql<{ count: number }>('SELECT count(*)::int AS count FROM team_milestones WHERE organization_id = $1', [
            organization.id,
          ])
        )[0]!.count;

      for (const token of [team.members[0]!.token, other.manager.token, other.members[0]!.token])
        expectError(await create(token, input), 'FORBIDDEN');
      expect(await count()).toBe(0);

      expect((await create(team.manager.token, input)).data?.createTeamMilestone).toMatchObject({
        title: 'Ten courses',
        team: { id: team.id },
      });
      expect((await create(admin, { ...input, teamId: other.id })).data?.createTeamMilestone).toMatchObject({ team: { id: other.id } });
      expect(await count()).toBe(2);
      // Everyone in the organisation can follow any team's milestones.
      expect(Object.keys(await milestonesOf(other.members[0]!.token, team.id))).toHaveLength(1);
    });

    it('never crosses organisations: another organisation’s team is NOT_FOUND for setting or reading milestones', async () => {
      const home = await world();
      const away = await world();
      await created(away.team.manager.token, { teamId: away.team.id, metric: 'MODULES_COMPLETED', target: 5 });

      for (const token of [home.admin, home.team.manager.token]) {
        expectError(await create(token, { teamId: away.team.id, title: 'Ours now', metric: 'MODULES_COMPLETED', target: 1 }), 'NOT_FOUND');
      }
      for (const token of [home.admin, home.team.manager.token, home.team.members[0]!.token]) {
        const read = await api.gql(OF_TEAM, { teamId: away.team.id }, token);
        expectError(read, 'NOT_FOUND');
        expect(read.data).toBeNull();
      }
      expect(await api.sql('SELECT title FROM team_milestones WHERE team_id = $1', [away.team.id])).toEqual([
        { title: 'Goal MODULES_COMPLETED' },
      ]);
    });
  });

  describe('bad input', () => {
    it('refuses a CSAT target outside 1–5, a count that is not a whole positive number, and a window that ends before it starts', async () => {
      const { organization, team } = await world();
      const token = team.manager.token;
      const base = { teamId: team.id, title: 'Goal', metric: 'MODULES_COMPLETED', target: 5 };
      const cases: [Record<string, unknown>, string][] = [
        [{ metric: 'AVERAGE_CSAT', target: 6 }, 'target'],
        [{ metric: 'AVERAGE_CSAT', target: 0.5 }, 'target'],
        [{ target: 2.5 }, 'target'],
        [{ target: 0 }, 'target'],
        [{ target: -3 }, 'target'],
        [{ metric: 'FEEDBACK_COUNT', target: 10_000_001 }, 'target'],
        [{ startsAt: iso(2), endsAt: iso(1) }, 'endsAt'],
        [{ startsAt: iso(2), endsAt: iso(2) }, 'endsAt'],
        [{ endsAt: iso(-1) }, 'endsAt'],
        [{ title: '   ' }, 'title'],
        [{ startsAt: 'soon' }, 'startsAt'],
      ];
      for (const [overrides, field] of cases) {
        const response = await create(token, { ...base, ...overrides });
        try {
          expectError(response, 'BAD_USER_INPUT', field);
        } catch (error) {
          throw new Error(`${JSON.stringify(overrides)}: ${(error as Error).message}\n${JSON.stringify(response.errors)}`);
        }
      }
      expectError(await create(token, { ...base, metric: 'SMILES' }), 'BAD_USER_INPUT');
      expectError(await create(token, { ...base, teamId: randomUUID() }), 'NOT_FOUND');
      expect(await api.sql('SELECT id FROM team_milestones WHERE organization_id = $1', [organization.id])).toEqual([]);
      // A CSAT target may be fractional.
      expect((await create(token, { ...base, metric: 'AVERAGE_CSAT', target: 4.25 })).data?.createTeamMilestone.target).toBe(4.25);
    });
  });

  describe('Team.activity', () => {
    it('counts completions and feedback per week, Monday to Sunday, oldest first, ending with this week', async () => {
      const { admin, team } = await world();
      const course = await createCourse(api, admin, { modules: lessons(1, 1, 1, 1), points: 0 });
      const done = async (when: Date, member: number, module: number) => {
        api.clock.set(when);
        await completeModule(api, team.members[member]!.token, course.modules[module]!.id);
      };
      // Sunday night before BASE's week, the first second of that week, and the next week.
      await done(new Date('2026-05-31T23:59:59.000Z'), 0, 0);
      await done(new Date('2026-06-01T00:00:00.000Z'), 0, 1);
      await done(at(1), 1, 0);
      api.clock.set(at(2));
      await feedback(team.manager.token, { teamId: team.id, csat: 4 });
      await feedback(team.manager.token, { teamId: team.id, csat: 5 });
      await done(at(8), 1, 1);
      api.clock.set(at(9));

      const { team: view } = await api.ok<{ team: { activity: unknown[] } }>(
        `query ($id: ID!) { team(id: $id) { activity(weeks: 3) { weekStart modulesCompleted coursesCompleted feedbackCount averageCsat } } }`,
        { id: team.id },
        team.members[0]!.token,
      );
      expect(view.activity).toEqual([
        { weekStart: '2026-05-25T00:00:00.000Z', modulesCompleted: 1, coursesCompleted: 0, feedbackCount: 0, averageCsat: null },
        { weekStart: '2026-06-01T00:00:00.000Z', modulesCompleted: 2, coursesCompleted: 0, feedbackCount: 2, averageCsat: 4.5 },
        { weekStart: '2026-06-08T00:00:00.000Z', modulesCompleted: 1, coursesCompleted: 0, feedbackCount: 0, averageCsat: null },
      ]);
      for (const weeks of [0, 53]) {
        expectError(
          await api.gql(
            `query ($id: ID!, $weeks: Int) { team(id: $id) { activity(weeks: $weeks) { weekStart } } }`,
            { id: team.id, weeks },
            admin,
          ),
          'BAD_USER_INPUT',
          'weeks',
        );
      }
    });
  });
});
