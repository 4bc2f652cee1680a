import { DAY_MS } from './support/achievements.js';
import { expectError } from './support/errors.js';
import { inbox } from './support/inbox.js';
import { startTestApi, type TestApi } from './support/test-app.js';
import { buildWorld } from './support/world.js';

const RECORD = `mutation ($input: RecordFeedbackInput!) { recordCustomerFeedback(input: $input) { id cursor } }`;
const MY_FEEDBACK = `query ($first: Int, $after: String) { myFeedback(first: $first, after: $after) { id csat nps cursor } }`;
const SUMMARY = `query ($teamId: ID, $userId: ID, $from: DateTime!, $to: DateTime!) {
  feedbackSummary(teamId: $teamId, userId: $userId, from: $from, to: $to) { responses averageCsat npsScore promoters passives detractors }
}`;
const SESSION_FIELDS = `id status notes focusSkills followUpAt employee { id } coach { id } feedback { id } courses { id }`;
const CREATE = `mutation ($input: CreateCoachingSessionInput!) { createCoachingSession(input: $input) { ${SESSION_FIELDS} } }`;
const ACKNOWLEDGE = `mutation ($id: ID!) { acknowledgeCoachingSession(sessionId: $id) { id status } }`;
const COMPLETE = `mutation ($id: ID!) { completeCoachingSession(sessionId: $id) { id status } }`;
const SESSIONS = `query ($teamId: ID, $userId: ID) { coachingSessions(teamId: $teamId, userId: $userId) { id notes status } }`;
const NEEDS = `query ($teamId: ID!) { needsCoaching(teamId: $teamId) { id } }`;
const PARTICIPATION = `query ($teamId: ID!, $from: DateTime!, $to: DateTime!) {
  recognitionParticipation(teamId: $teamId, from: $from, to: $to) { user { id } kudosGiven kudosReceived lastRecognisedAt }
}`;
const KUDOS = `mutation ($input: GiveKudosInput!) { giveKudos(input: $input) { id } }`;
const MILESTONE = `mutation ($input: CreateTeamMilestoneInput!) { createTeamMilestone(input: $input) { id } }`;
const TEAM_MILESTONES = `query ($id: ID!) { teamMilestones(teamId: $id) { id metric current responses progress reachedAt } }`;
const MY_ASSIGNMENTS = `{ myAssignments { course { id } dueAt } }`;
const FEED = `{ celebrations(first: 50) { nodes { title body } } }`;
const DIGEST = `query ($from: DateTime!, $to: DateTime!) { digest(from: $from, to: $to) { html celebrations { title body } } }`;

const BASE = new Date('2026-12-07T12:00:00.000Z');
const daysAgo = (days: number) => new Date(BASE.getTime() - days * DAY_MS).toISOString();

interface Session {
  readonly id: string;
  readonly status: string;
  readonly notes: string;
  readonly followUpAt: string | null;
  readonly feedback: { id: string }[];
  readonly courses: { id: string }[];
}

describe('the coaching loop: my feedback, NPS, coaching sessions and recognition participation', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());
  beforeEach(() => api.clock.set(BASE));
  afterEach(() => api.clock.reset());

  async function world() {
    return buildWorld(api, {
      defaultBadges: false,
      teams: {
        North: { manager: 'North Manager', members: ['Nia', 'Noor'] },
        South: { manager: 'South Manager', members: ['Sol'] },
      },
      courses: { empathy: { title: 'Empathy basics' } },
    });
  }

  async function rate(token: string, employeeId: string, csat: number, nps: number | null, daysBack = 1): Promise<string> {
    const { recordCustomerFeedback } = await api.ok<{ recordCustomerFeedback: { id: string } }>(
      RECORD,
      { input: { employeeId, csat, nps, comment: `rated ${csat}`, externalId: null } },
      token,
    );
    await api.sql('UPDATE customer_feedback SET received_at = $2 WHERE id = $1', [recordCustomerFeedback.id, daysAgo(daysBack)]);
    return recordCustomerFeedback.id;
  }

  it('shows an employee their own feedback, newest first, page after page, and nobody else’s', async () => {
    const { teams, people } = await world();
    const manager = teams.North.manager.token;
    const ids = [];
    for (let day = 1; day <= 5; day++) ids.push(await rate(manager, people.Nia.id, 3, 8, day));
    await rate(manager, people.Noor.id, 1, 0, 1);

    const first = (await api.ok<{ myFeedback: { id: string; cursor: string }[] }>(MY_FEEDBACK, { first: 2 }, people.Nia.token)).myFeedback;
    expect(first.map((row) => row.id)).toEqual(ids.slice(0, 2));
    const rest = (await api.ok<{ myFeedback: { id: string }[] }>(MY_FEEDBACK, { first: 10, after: first[1]!.cursor }, people.Nia.token))
      .myFeedback;
    expect(rest.map((row) => row.id)).toEqual(ids.slice(2));
    expectError(await api.gql(MY_FEEDBACK, { first: 101 }, people.Nia.token), 'BAD_USER_INPUT', 'first');
    expectError(await api.gql(MY_FEEDBACK, { after: 'nonsense' }, people.Nia.token), 'BAD_USER_INPUT', 'after');
  });

  it('scores NPS for a person, a team and the organisation, and refuses a period over a year', async () => {
    const { organization, teams, people } = await world();
    const manager = teams.North.manager.token;
    // Nia: promoters 10, 9, 9; passive 7; detractor 3 → (3 - 1) / 5 = 40.
    for (const nps of [10, 9, 9, 7, 3]) await rate(manager, people.Nia.id, nps >= 9 ? 5 : 2, nps);
    await rate(manager, people.Noor.id, 1, 0);
    await rate(teams.South.manager.token, people.Sol.id, 4, null);
    const period = { from: daysAgo(30), to: BASE.toISOString() };
    type Summary = { feedbackSummary: Record<string, number | null> };

    const nia = (await api.ok<Summary>(SUMMARY, { ...period, userId: people.Nia.id }, people.Nia.token)).feedbackSummary;
    expect(nia).toEqual({ responses: 5, averageCsat: 3.8, npsScore: 40, promoters: 3, passives: 1, detractors: 1 });
    const north = (await api.ok<Summary>(SUMMARY, { ...period, teamId: teams.North.id }, people.Nia.token)).feedbackSummary;
    expect(north).toMatchObject({ responses: 6, promoters: 3, passives: 1, detractors: 2, npsScore: 17 });
    const everyone = (await api.ok<Summary>(SUMMARY, period, organization.admin.token)).feedbackSummary;
    expect(everyone).toMatchObject({ responses: 7, npsScore: 17 });
    const noor = (await api.ok<Summary>(SUMMARY, { ...period, userId: people.Noor.id }, people.Noor.token)).feedbackSummary;
    expect(noor).toMatchObject({ responses: 1, detractors: 1, npsScore: null });

    const digest = await api.ok<{ digest: { html: string; feedback: { npsScore: number } } }>(
      `query ($from: DateTime!, $to: DateTime!) { digest(from: $from, to: $to) { html feedback { npsScore } } }`,
      { from: daysAgo(7), to: BASE.toISOString() },
      people.Sol.token,
    );
    expect(digest.digest.feedback.npsScore).toBe(17);
    expect(digest.digest.html).toContain('customer NPS');

    expectError(await api.gql(SUMMARY, { ...period, userId: people.Nia.id }, people.Noor.token), 'FORBIDDEN');
    expectError(await api.gql(SUMMARY, { ...period, userId: people.Nia.id }, teams.South.manager.token), 'FORBIDDEN');
    expectError(await api.gql(SUMMARY, { from: daysAgo(400), to: period.to }, organization.admin.token), 'BAD_USER_INPUT', 'from');
  });

  it('reaches an NPS milestone through the achievement path once five answers carry it', async () => {
    const { teams, people } = await world();
    const manager = teams.North.manager.token;
    const input = { teamId: teams.North.id, title: 'NPS 50', metric: 'NPS', startsAt: daysAgo(10) };
    expectError(await api.gql(MILESTONE, { input: { ...input, target: 101 } }, manager), 'BAD_USER_INPUT', 'target');
    await api.ok(MILESTONE, { input: { ...input, target: 50 } }, manager);
    for (const nps of [10, 10, 9, 8]) await rate(manager, people.Nia.id, 5, nps);
    type Milestones = { teamMilestones: { current: number; responses: number; progress: number; reachedAt: string | null }[] };
    const [before] = (await api.ok<Milestones>(TEAM_MILESTONES, { id: teams.North.id }, manager)).teamMilestones;
    expect(before).toMatchObject({ current: 75, responses: 4, progress: 1, reachedAt: null });
    await rate(manager, people.Noor.id, 3, 9);
    const [after] = (await api.ok<Milestones>(TEAM_MILESTONES, { id: teams.North.id }, manager)).teamMilestones;
    expect(after).toMatchObject({ current: 80, responses: 5 });
    expect(after!.reachedAt).not.toBeNull();
  });

  it('lets the team’s manager coach after a low rating, the employee acknowledge, the manager complete, and keeps the notes between them', async () => {
    const { organization, teams, people, courses } = await world();
    const manager = teams.North.manager;
    const low = await rate(manager.token, people.Nia.id, 2, 5);
    const high = await rate(manager.token, people.Nia.id, 5, 10);
    const noors = await rate(manager.token, people.Noor.id, 1, 2, 2);
    const needs = async () =>
      (await api.ok<{ needsCoaching: { id: string }[] }>(NEEDS, { teamId: teams.North.id }, manager.token)).needsCoaching;
    expect((await needs()).map((row) => row.id)).toEqual([low, noors]);

    const followUpAt = new Date(BASE.getTime() + 7 * DAY_MS).toISOString();
    const input = {
      employeeId: people.Nia.id,
      feedbackIds: [low],
      focusSkills: ['Empathy', 'De-escalation'],
      notes: 'Private: talk through the refund call',
      courseIds: [courses.empathy.id],
      followUpAt,
    };
    expectError(await api.gql(CREATE, { input: { ...input, feedbackIds: [noors] } }, manager.token), 'BAD_USER_INPUT', 'feedbackIds');
    expectError(await api.gql(CREATE, { input: { ...input, feedbackIds: [high] } }, manager.token), 'BAD_USER_INPUT', 'feedbackIds');
    expectError(await api.gql(CREATE, { input: { ...input, followUpAt: daysAgo(2) } }, manager.token), 'BAD_USER_INPUT', 'followUpAt');
    expectError(await api.gql(CREATE, { input }, teams.South.manager.token), 'FORBIDDEN');
    expectError(await api.gql(CREATE, { input }, people.Noor.token), 'FORBIDDEN');
    const [{ count }] = await api.sql<{ count: number }>(
      'SELECT count(*)::int AS count FROM coaching_sessions WHERE organization_id = $1',
      [organization.id],
    );
    expect(count).toBe(0);

    const session = (await api.ok<{ createCoachingSession: Session }>(CREATE, { input }, manager.token)).createCoachingSession;
    expect(session).toMatchObject({
      status: 'OPEN',
      notes: input.notes,
      followUpAt,
      feedback: [{ id: low }],
      courses: [{ id: courses.empathy.id }],
    });
    // The agent is told, without the notes, which stay on the session.
    const told = (await inbox(api, people.Nia.token)).nodes.filter((entry) => entry.kind === 'COACHING');
    expect(told).toEqual([expect.objectContaining({ url: '/feedback' })]);
    expect(JSON.stringify(told)).not.toContain('refund call');
    expect((await needs()).map((row) => row.id)).toEqual([noors]);
    expectError(await api.gql(CREATE, { input }, manager.token), 'BAD_USER_INPUT', 'feedbackIds');
    const assigned = (await api.ok<{ myAssignments: { course: { id: string }; dueAt: string }[] }>(MY_ASSIGNMENTS, {}, people.Nia.token))
      .myAssignments;
    expect(assigned).toEqual([{ course: { id: courses.empathy.id }, dueAt: followUpAt }]);

    // Seen by the two of them and admins only.
    const listed = async (token: string, variables: Record<string, unknown> = {}) =>
      (await api.ok<{ coachingSessions: { id: string; notes: string }[] }>(SESSIONS, variables, token)).coachingSessions;
    expect(await listed(people.Nia.token)).toEqual([expect.objectContaining({ id: session.id, notes: input.notes })]);
    expect(await listed(manager.token, { teamId: teams.North.id })).toHaveLength(1);
    expect(await listed(organization.admin.token, { userId: people.Nia.id })).toHaveLength(1);
    expect(await listed(people.Noor.token)).toEqual([]);
    expectError(await api.gql(SESSIONS, { userId: people.Nia.id }, people.Noor.token), 'FORBIDDEN');
    expectError(await api.gql(SESSIONS, { teamId: teams.North.id }, teams.South.manager.token), 'FORBIDDEN');
    expectError(await api.gql(ACKNOWLEDGE, { id: session.id }, people.Noor.token), 'FORBIDDEN');
    expectError(await api.gql(COMPLETE, { id: session.id }, teams.South.manager.token), 'FORBIDDEN');

    // Never on the feed or in the digest.
    for (const token of [people.Noor.token, organization.admin.token]) {
      const feed = JSON.stringify(await api.ok(FEED, {}, token));
      const digest = JSON.stringify(await api.ok(DIGEST, { from: daysAgo(7), to: BASE.toISOString() }, token));
      for (const text of [feed, digest]) {
        expect(text).not.toContain('refund call');
        expect(text).not.toContain('De-escalation');
      }
    }

    expectError(await api.gql(ACKNOWLEDGE, { id: session.id }, manager.token), 'FORBIDDEN');
    expect(
      (await api.ok<{ acknowledgeCoachingSession: Session }>(ACKNOWLEDGE, { id: session.id }, people.Nia.token)).acknowledgeCoachingSession,
    ).toMatchObject({ status: 'ACKNOWLEDGED' });
    expectError(await api.gql(ACKNOWLEDGE, { id: session.id }, people.Nia.token), 'BAD_USER_INPUT', 'sessionId');
    expect(
      (await api.ok<{ completeCoachingSession: Session }>(COMPLETE, { id: session.id }, manager.token)).completeCoachingSession,
    ).toMatchObject({
      status: 'COMPLETED',
    });
    expectError(await api.gql(COMPLETE, { id: session.id }, manager.token), 'BAD_USER_INPUT', 'sessionId');
  });

  it('opens one session about a rating when two requests race', async () => {
    const { teams, people, organization } = await world();
    const low = await rate(teams.North.manager.token, people.Nia.id, 1, null);
    const input = { employeeId: people.Nia.id, feedbackIds: [low], focusSkills: ['Tone'], notes: 'n' };
    const answers = await Promise.all([
      api.gql(CREATE, { input }, teams.North.manager.token),
      api.gql(CREATE, { input }, organization.admin.token),
      api.gql(CREATE, { input }, teams.North.manager.token),
    ]);
    expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
    for (const answer of answers.filter((one) => one.errors)) {
      expectError(answer, 'BAD_USER_INPUT', 'feedbackIds');
    }
  });

  it('tells a manager who gives and receives kudos in their team, and when each was last recognised', async () => {
    const { teams, people, organization } = await world();
    await api.ok(`mutation { setOrganizationValues(values: ["Empathy"]) { values } }`, {}, organization.admin.token);
    const give = (token: string, to: string) =>
      api.ok(KUDOS, { input: { toUserId: to, points: 0, message: 'Thanks for the help!', values: ['Empathy'] } }, token);
    await give(people.Nia.token, people.Noor.id);
    await give(people.Nia.token, people.Noor.id);
    await give(people.Sol.token, people.Nia.id);
    const period = { teamId: teams.North.id, from: daysAgo(30), to: new Date(BASE.getTime() + 1000).toISOString() };
    type Rows = {
      recognitionParticipation: { user: { id: string }; kudosGiven: number; kudosReceived: number; lastRecognisedAt: string | null }[];
    };
    const rows = (await api.ok<Rows>(PARTICIPATION, period, teams.North.manager.token)).recognitionParticipation;
    const byId = new Map(rows.map((row) => [row.user.id, row]));
    expect(byId.get(people.Nia.id)).toMatchObject({ kudosGiven: 2, kudosReceived: 1 });
    expect(byId.get(people.Noor.id)).toMatchObject({ kudosGiven: 0, kudosReceived: 2, lastRecognisedAt: BASE.toISOString() });
    expect(byId.get(teams.North.manager.id)).toMatchObject({ kudosGiven: 0, kudosReceived: 0, lastRecognisedAt: null });
    expect(byId.has(people.Sol.id)).toBe(false);

    expectError(await api.gql(PARTICIPATION, period, teams.South.manager.token), 'FORBIDDEN');
    expectError(await api.gql(PARTICIPATION, period, people.Nia.token), 'FORBIDDEN');
    expectError(await api.gql(PARTICIPATION, { ...period, from: daysAgo(400) }, organization.admin.token), 'BAD_USER_INPUT', 'from');
  });
});
