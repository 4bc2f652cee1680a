import {
  badgeIds,
  badgeNames,
  celebrationsOf,
  COMPLETE_AND_EARN,
  createCertification,
  earn,
  lessons,
  noonUtc,
  type Earned,
} from './support/achievements.js';
import { expectError } from './support/errors.js';
import {
  addMember,
  createCourse,
  createTeam,
  ledgerOf,
  signUpOrganization,
  tableCounts,
  type Member,
  type Organization,
} from './support/fixtures.js';
import { setTeamManager } from './support/teams.js';
import { startTestApi, type GraphQLResponse, type TestApi } from './support/test-app.js';
import { populate } from './support/world.js';

const PROGRESS = `{ myBadgeProgress { badge { name } current target earned awardedAt } }`;
const CREATE_BADGE = `mutation ($input: CreateBadgeInput!) {
  createBadge(input: $input) { id name description criteria rule { kind threshold skill } tier icon points }
}`;
const AWARD_BADGE = `mutation ($badgeId: ID!, $userId: ID!, $reason: String!) {
  awardBadge(badgeId: $badgeId, userId: $userId, reason: $reason) {
    id awardedAt reason credentialUrl badge { id name } user { id } awardedBy { id displayName }
  }
}`;
const MY_BADGES = `{ me { points badges { id awardedAt reason badge { name } awardedBy { id } credentialUrl } } }`;
const HOLDERS = `query ($id: ID!) { badge(id: $id) { name holderCount awards { id user { id } awardedBy { id } reason } } }`;

const PARALLEL = 10;

type Progress = Record<string, { current: number; target: number; earned: boolean; awardedAt: string | null }>;

/** A badge input an admin could send; override what a test is about. */
const badgeInput = (overrides: Record<string, unknown> = {}) => ({
  name: `Badge ${Math.random().toString(36).slice(2, 8)}`,
  description: 'For tests',
  criteria: 'Do the thing the test is about.',
  kind: 'MODULES_COMPLETED',
  threshold: 3,
  tier: 'BRONZE',
  icon: 'star',
  points: 5,
  ...overrides,
});

describe('milestone badges', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());
  afterEach(() => api.clock.reset());

  /** A new organisation, with its default badges, and an employee in it. */
  async function learner(): Promise<{ organization: Organization; admin: string; member: Member; badges: Record<string, string> }> {
    const organization = await signUpOrganization(api);
    return {
      organization,
      admin: organization.admin.token,
      member: await addMember(api, organization, { name: 'Lee Learner' }),
      badges: await badgeIds(api, organization.admin.token),
    };
  }

  /** The ledger sums to the cached balance and to what the API reports as User.points. */
  async function expectBalanced(member: Member, points: number): Promise<void> {
    const ledger = await ledgerOf(api, member.id);
    expect({ sum: ledger.sum, points: ledger.points }).toEqual({ sum: points, points });
    expect((await api.ok(`{ me { points } }`, {}, member.token)).me.points).toBe(points);
  }

  async function progress(token: string): Promise<Progress> {
    const { myBadgeProgress } = await api.ok<{ myBadgeProgress: ({ badge: { name: string } } & Progress[string])[] }>(PROGRESS, {}, token);
    return Object.fromEntries(myBadgeProgress.map(({ badge, ...standing }) => [badge.name, standing]));
  }

  async function heldBadges(member: Member): Promise<string[]> {
    const rows = await api.sql<{ name: string }>(
      'SELECT b.name FROM badge_awards a JOIN badge_definitions b ON b.id = a.badge_id WHERE a.user_id = $1 ORDER BY b.name',
      [member.id],
    );
    return rows.map((row) => row.name);
  }

  async function badgeEntries(member: Member) {
    return api.sql<{ amount: number; source_id: string }>(
      `SELECT amount, source_id FROM points_entries WHERE user_id = $1 AND reason = 'BADGE_EARNED' ORDER BY amount, source_id`,
      [member.id],
    );
  }

  describe('automatic rules', () => {
    it('awards First Steps with the first module and Course Finisher with the first course, once each, their bonus on the ledger', async () => {
      const { admin, member, badges } = await learner();
      const course = await createCourse(api, admin, {
        title: 'Warm welcomes',
        skills: ['communication'],
        modules: lessons(10, 10),
        points: 50,
      });
      const other = await createCourse(api, admin, { skills: ['communication'], modules: lessons(5, 5), points: 0 });

      const first = await earn(api, member.token, course.modules[0]!.id);
      expect(first).toMatchObject({ pointsAwarded: 10 + 10, newCertifications: [] });
      expect(first.newBadges).toEqual([
        {
          id: expect.any(String),
          awardedAt: expect.any(String),
          reason: null,
          credentialUrl: `http://laurels.test/credentials/${first.newBadges[0]!.id}`,
          badge: { id: badges['First Steps'], name: 'First Steps' },
          user: { id: member.id },
        },
      ]);
      // Both rows are written at the same instant: compare them in a fixed order.
      expect((await ledgerOf(api, member.id)).rows.sort((a, b) => a.reason.localeCompare(b.reason))).toEqual([
        { amount: 10, reason: 'BADGE_EARNED', source_id: badges['First Steps'] },
        { amount: 10, reason: 'MODULE_COMPLETED', source_id: course.modules[0]!.id },
      ]);

      const last = await earn(api, member.token, course.modules[1]!.id);
      expect(badgeNames(last)).toEqual(['Course Finisher']);
      expect(last.pointsAwarded).toBe(10 + 50 + 25);

      // Later modules and courses earn neither again.
      expect(badgeNames(await earn(api, member.token, other.modules[0]!.id))).toEqual([]);
      expect(badgeNames(await earn(api, member.token, other.modules[1]!.id))).toEqual([]);

      expect(await heldBadges(member)).toEqual(['Course Finisher', 'First Steps']);
      expect(await badgeEntries(member)).toEqual([
        { amount: 10, source_id: badges['First Steps'] },
        { amount: 25, source_id: badges['Course Finisher'] },
      ]);
      await expectBalanced(member, 10 + 10 + 10 + 50 + 25 + 5 + 5);
      expect((await celebrationsOf(api, member.id)).filter((celebration) => celebration.kind === 'BADGE_EARNED')).toEqual([
        expect.objectContaining({
          title: 'Lee Learner earned the “First Steps” badge',
          source_key: `BADGE_EARNED:${first.newBadges[0]!.id}`,
        }),
        expect.objectContaining({
          title: 'Lee Learner earned the “Course Finisher” badge',
          source_key: `BADGE_EARNED:${last.newBadges[0]!.id}`,
        }),
      ]);
    });

    it('awards Lifelong Learner exactly when the fifth course is completed', async () => {
      const { admin, member } = await learner();
      const earned: string[][] = [];
      for (let index = 0; index < 6; index++) {
        const course = await createCourse(api, admin, { skills: ['communication'], modules: lessons(1), points: 0 });
        earned.push(badgeNames(await earn(api, member.token, course.modules[0]!.id)));
      }
      expect(earned).toEqual([['Course Finisher', 'First Steps'], [], [], [], ['Lifelong Learner'], []]);
      await expectBalanced(member, 6 + 10 + 25 + 50);
    });

    it('awards Empathy Champion at the third completed empathy course; courses of other skills do not count', async () => {
      const { admin, member } = await learner();
      const course = (skills: string[]) => createCourse(api, admin, { skills, modules: lessons(1), points: 0 });
      const [empathy1, listening, empathy2, empathy3, empathy4] = [
        await course(['empathy', 'listening']),
        await course(['listening']),
        await course(['Empathy']),
        await course(['de-escalation', 'empathy']),
        await course(['empathy']),
      ];
      const empathyProgress: number[] = [];
      const earned: string[][] = [];
      for (const { modules } of [empathy1!, listening!, empathy2!, empathy3!, empathy4!]) {
        earned.push(badgeNames(await earn(api, member.token, modules[0]!.id)));
        empathyProgress.push((await progress(member.token))['Empathy Champion']!.current);
      }
      // The fifth course earns Lifelong Learner, but Empathy Champion is not earned again.
      expect(earned).toEqual([['Course Finisher', 'First Steps'], [], [], ['Empathy Champion'], ['Lifelong Learner']]);
      expect(empathyProgress).toEqual([1, 1, 2, 3, 3]);
      await expectBalanced(member, 5 + 10 + 25 + 75 + 50);
    });

    it('awards points badges when the balance reaches the threshold, also when another badge’s bonus carries it there', async () => {
      const { admin, member, badges } = await learner();
      // First Steps adds 10 to the first lesson; Course Finisher adds 25 to the last one.
      const course = await createCourse(api, admin, { skills: ['communication'], modules: lessons(200, 39, 1, 350, 350, 10), points: 0 });
      const earned: Earned[] = [];
      for (const module of course.modules) earned.push(await earn(api, member.token, module.id));

      expect(earned.map(badgeNames)).toEqual([['First Steps'], [], ['Rising Star'], [], [], ['Course Finisher', 'Thousand Club']]);
      // 210, 249, 250 exactly (+15), 615, 965, then 975 + 25 = 1000 exactly: Thousand Club (+50) in the same completion.
      expect(earned.map((result) => result.pointsAwarded)).toEqual([210, 39, 16, 350, 350, 10 + 25 + 50]);
      expect(await badgeEntries(member)).toEqual([
        { amount: 10, source_id: badges['First Steps'] },
        { amount: 15, source_id: badges['Rising Star'] },
        { amount: 25, source_id: badges['Course Finisher'] },
        { amount: 50, source_id: badges['Thousand Club'] },
      ]);
      await expectBalanced(member, 1050);
      expect((await progress(member.token))['Five Thousand Club']).toEqual({ current: 1050, target: 5000, earned: false, awardedAt: null });
    });

    it('awards Certified in the completion that earns the first certification', async () => {
      const { admin, member } = await learner();
      const course = await createCourse(api, admin, { skills: ['communication'], modules: lessons(5, 5), points: 0 });
      await createCertification(api, admin, { name: 'Certified Listener', requiredCourseIds: [course.id], points: 20 });

      const first = await earn(api, member.token, course.modules[0]!.id);
      expect(badgeNames(first)).toEqual(['First Steps']);
      const last = await earn(api, member.token, course.modules[1]!.id);
      expect(last.newCertifications.map((award) => award.certification.name)).toEqual(['Certified Listener']);
      expect(badgeNames(last)).toEqual(['Certified', 'Course Finisher']);
      expect(last.pointsAwarded).toBe(5 + 20 + 50 + 25);
      await expectBalanced(member, 5 + 10 + 5 + 20 + 50 + 25);
    });

    it('awards On a Roll on the seventh consecutive day with a passed module, and not again on the eighth', async () => {
      const { admin, member } = await learner();
      const course = await createCourse(api, admin, { skills: ['communication'], modules: lessons(1, 1, 1, 1, 1, 1, 1, 1), points: 0 });
      const earned: string[][] = [];
      const streak: number[] = [];
      for (const [day, module] of course.modules.entries()) {
        api.clock.set(noonUtc(day - 20));
        earned.push(badgeNames(await earn(api, member.token, module.id)));
        streak.push((await progress(member.token))['On a Roll']!.current);
      }
      expect(earned).toEqual([['First Steps'], [], [], [], [], [], ['On a Roll'], ['Course Finisher']]);
      expect(streak).toEqual([1, 2, 3, 4, 5, 6, 7, 7]);
      expect(await heldBadges(member)).toEqual(['Course Finisher', 'First Steps', 'On a Roll']);
      await expectBalanced(member, 8 + 10 + 40 + 25);
    });

    it('counts only consecutive days toward On a Roll: a day without a passed module starts again', async () => {
      const { admin, member } = await learner();
      const course = await createCourse(api, admin, { skills: ['communication'], modules: lessons(1, 1, 1, 1, 1, 1, 1, 1, 1), points: 0 });
      // Six days, a day off, then six more: never seven in a row.
      const days = [0, 1, 2, 3, 4, 5, 7, 8];
      const streak: number[] = [];
      for (const [index, module] of course.modules.slice(0, 8).entries()) {
        api.clock.set(noonUtc(days[index]! - 30));
        expect(badgeNames(await earn(api, member.token, module.id))).toEqual(index === 0 ? ['First Steps'] : []);
        streak.push((await progress(member.token))['On a Roll']!.current);
      }
      expect(streak).toEqual([1, 2, 3, 4, 5, 6, 1, 2]);
      expect(await heldBadges(member)).toEqual(['First Steps']);
    });
  });

  it('shows myBadgeProgress by the rule that awards: current toward target, and full and earned exactly for the badges held', async () => {
    const { admin, member } = await learner();
    const course = await createCourse(api, admin, { skills: ['empathy'], modules: lessons(10, 10), points: 50 });
    const untouched = { current: 0, earned: false, awardedAt: null };
    expect(await progress(member.token)).toEqual({
      'First Steps': { ...untouched, target: 1 },
      'Course Finisher': { ...untouched, target: 1 },
      'Lifelong Learner': { ...untouched, target: 5 },
      'Rising Star': { ...untouched, target: 250 },
      'Thousand Club': { ...untouched, target: 1000 },
      'Five Thousand Club': { ...untouched, target: 5000 },
      'On a Roll': { ...untouched, target: 7 },
      'Empathy Champion': { ...untouched, target: 3 },
      Certified: { ...untouched, target: 1 },
      'Customer Hero': { ...untouched, target: 1 },
      'Above and Beyond': { ...untouched, target: 1 },
    });

    const first = await earn(api, member.token, course.modules[0]!.id);
    const last = await earn(api, member.token, course.modules[1]!.id);
    const points = 10 + 10 + 10 + 50 + 25;
    expect(await progress(member.token)).toEqual({
      'First Steps': { current: 1, target: 1, earned: true, awardedAt: first.newBadges[0]!.awardedAt },
      'Course Finisher': { current: 1, target: 1, earned: true, awardedAt: last.newBadges[0]!.awardedAt },
      'Lifelong Learner': { ...untouched, current: 1, target: 5 },
      'Rising Star': { ...untouched, current: points, target: 250 },
      'Thousand Club': { ...untouched, current: points, target: 1000 },
      'Five Thousand Club': { ...untouched, current: points, target: 5000 },
      'On a Roll': { ...untouched, current: 1, target: 7 },
      'Empathy Champion': { ...untouched, current: 1, target: 3 },
      Certified: { ...untouched, target: 1 },
      'Customer Hero': { ...untouched, target: 1 },
      'Above and Beyond': { ...untouched, target: 1 },
    });

    // What is earned in progress is exactly what User.badges holds.
    const { me } = await api.ok(MY_BADGES, {}, member.token);
    const earnedNames = Object.entries(await progress(member.token)).flatMap(([name, standing]) => (standing.earned ? [name] : []));
    expect(me.badges.map((award: { badge: { name: string } }) => award.badge.name).sort()).toEqual(earnedNames.sort());
    expect(me.points).toBe(points);
  });

  describe('createBadge', () => {
    it('lets an admin create a badge, normalising its rule, and offers it to everyone in the organisation', async () => {
      const { organization, admin, member } = await learner();
      const { createBadge } = await api.ok(
        CREATE_BADGE,
        {
          input: badgeInput({
            name: 'Good Listener',
            kind: 'SKILL_COURSES_COMPLETED',
            threshold: 2,
            skill: ' Listening ',
            tier: 'GOLD',
            points: 30,
          }),
        },
        admin,
      );
      expect(createBadge).toEqual({
        id: expect.any(String),
        name: 'Good Listener',
        description: 'For tests',
        criteria: 'Do the thing the test is about.',
        rule: { kind: 'SKILL_COURSES_COMPLETED', threshold: 2, skill: 'listening' },
        tier: 'GOLD',
        icon: 'star',
        points: 30,
      });
      const manual = (await api.ok(CREATE_BADGE, { input: badgeInput({ name: 'Team Player', kind: 'MANUAL', threshold: 0 }) }, admin))
        .createBadge;
      expect(manual.rule).toEqual({ kind: 'MANUAL', threshold: 1, skill: null });

      expect(Object.keys(await badgeIds(api, member.token))).toEqual(expect.arrayContaining(['Good Listener', 'Team Player']));
      // Names are unique within an organisation only.
      const elsewhere = await signUpOrganization(api);
      expect((await api.ok(CREATE_BADGE, { input: badgeInput({ name: 'Good Listener' }) }, elsewhere.admin.token)).createBadge.name).toBe(
        'Good Listener',
      );
      expect(
        await api.sql('SELECT organization_id FROM badge_definitions WHERE name = $1 ORDER BY organization_id = $2 DESC', [
          'Good Listener',
          organization.id,
        ]),
      ).toEqual([{ organization_id: organization.id }, { organization_id: elsewhere.id }]);
    });

    it('refuses createBadge to a manager and an employee with FORBIDDEN, and creates nothing', async () => {
      const { organization } = await learner();
      const manager = await addMember(api, organization, { role: 'MANAGER' });
      const employee = await addMember(api, organization);
      const before = await tableCounts(api);
      for (const token of [manager.token, employee.token]) {
        const response = await api.gql(CREATE_BADGE, { input: badgeInput() }, token);
        expectError(response, 'FORBIDDEN');
        expect(response.data).toBeNull();
      }
      expect(await tableCounts(api)).toEqual(before);
    });

    it.each([
      {
        problem: 'a SKILL_COURSES_COMPLETED badge without a skill',
        input: { kind: 'SKILL_COURSES_COMPLETED', skill: null },
        field: 'skill',
      },
      { problem: 'a blank skill', input: { kind: 'SKILL_COURSES_COMPLETED', skill: '   ' }, field: 'skill' },
      { problem: 'a skill on another kind of badge', input: { kind: 'COURSES_COMPLETED', skill: 'empathy' }, field: 'skill' },
      { problem: 'a threshold of 0', input: { threshold: 0 }, field: 'threshold' },
      { problem: 'a negative threshold', input: { threshold: -3 }, field: 'threshold' },
      { problem: 'the name of a default badge', input: { name: 'First Steps' }, field: 'name' },
      { problem: 'a blank name', input: { name: '  ' }, field: 'name' },
      { problem: 'the title of a level', input: { name: 'Service Pro' }, field: 'name' },
      { problem: 'the title of a level in other letters', input: { name: 'hall of fame' }, field: 'name' },
      { problem: 'negative points', input: { points: -1 }, field: 'points' },
    ])('refuses $problem with BAD_USER_INPUT naming the field, and creates nothing', async ({ input, field }) => {
      const { admin } = await learner();
      const before = await tableCounts(api);
      const response = await api.gql(CREATE_BADGE, { input: badgeInput(input) }, admin);
      expectError(response, 'BAD_USER_INPUT', field);
      expect(response.data).toBeNull();
      expect(await tableCounts(api)).toEqual(before);
    });

    it('says in words which level a refused name belongs to', async () => {
      const { admin } = await learner();
      const response = await api.gql(CREATE_BADGE, { input: badgeInput({ name: 'Service Pro' }) }, admin);
      expect(response.errors?.[0]?.message).toContain('“Service Pro” is the title of level 5');
    });

    it('refuses a second badge with the same name, even sent at the same moment, and keeps one', async () => {
      const { organization, admin } = await learner();
      const responses = await Promise.all(
        Array.from({ length: 5 }, () => api.gql(CREATE_BADGE, { input: badgeInput({ name: 'Twin' }) }, admin)),
      );
      expect(responses.filter((response) => !response.errors)).toHaveLength(1);
      for (const response of responses.filter((candidate) => candidate.errors)) expectError(response, 'BAD_USER_INPUT', 'name');
      expect(
        await api.sql('SELECT count(*)::int AS count FROM badge_definitions WHERE organization_id = $1 AND name = $2', [
          organization.id,
          'Twin',
        ]),
      ).toEqual([{ count: 1 }]);
    });

    it('awards a badge created later when its count crosses the threshold, or at the next achievement when already past it', async () => {
      const { admin, member } = await learner();
      const listening = await createCourse(api, admin, { skills: ['listening'], modules: lessons(1), points: 0 });
      const course = await createCourse(api, admin, { skills: ['communication'], modules: lessons(1, 1, 1, 1), points: 0 });
      await earn(api, member.token, listening.modules[0]!.id);
      await earn(api, member.token, course.modules[0]!.id);

      await api.ok(CREATE_BADGE, { input: badgeInput({ name: 'Three Down', kind: 'MODULES_COMPLETED', threshold: 3, points: 7 }) }, admin);
      await api.ok(
        CREATE_BADGE,
        { input: badgeInput({ name: 'Heard You', kind: 'SKILL_COURSES_COMPLETED', threshold: 1, skill: 'listening', points: 3 }) },
        admin,
      );
      expect((await progress(member.token))['Three Down']).toEqual({ current: 2, target: 3, earned: false, awardedAt: null });

      // The third module crosses Three Down; Heard You was already met and is awarded with this next achievement.
      expect(badgeNames(await earn(api, member.token, course.modules[1]!.id))).toEqual(['Heard You', 'Three Down']);
      expect(badgeNames(await earn(api, member.token, course.modules[2]!.id))).toEqual([]);
      expect((await progress(member.token))['Three Down']).toEqual({ current: 3, target: 3, earned: true, awardedAt: expect.any(String) });
      await expectBalanced(member, 4 + 10 + 25 + 7 + 3);
    });
  });

  describe('awardBadge', () => {
    /** An organisation with a manager of a team of two employees, and someone in another team. */
    async function crew() {
      const { organization, admin, badges } = await learner();
      const { teams, people } = await populate(api, organization, {
        teams: { Phones: { manager: 'Phones Manager', members: ['Eve Employee', 'Cal Colleague'] }, Chat: { members: ['Oz Outsider'] } },
      });
      return {
        organization,
        admin,
        badges,
        manager: teams.Phones.manager,
        employee: people['Eve Employee'],
        colleague: people['Cal Colleague'],
        outsider: people['Oz Outsider'],
      };
    }

    const award = (token: string, badgeId: string | undefined, userId: string, reason = 'Calmed a furious caller and kept the account') =>
      api.gql(AWARD_BADGE, { badgeId, userId, reason }, token);

    it('lets a manager give a MANUAL badge with a reason: bonus points, a celebration, a credential, and User.badges shows who and why', async () => {
      const { badges, manager, employee } = await crew();
      const response = await award(manager.token, badges['Customer Hero'], employee.id);
      const given = response.data!.awardBadge;
      expect(response.errors).toBeUndefined();
      expect(given).toEqual({
        id: expect.any(String),
        awardedAt: expect.any(String),
        reason: 'Calmed a furious caller and kept the account',
        credentialUrl: `http://laurels.test/credentials/${given.id}`,
        badge: { id: badges['Customer Hero'], name: 'Customer Hero' },
        user: { id: employee.id },
        awardedBy: { id: manager.id, displayName: 'Phones Manager' },
      });

      // Customer Hero is worth 100: the level-up to 2 comes with it.
      expect((await ledgerOf(api, employee.id)).rows).toEqual([
        { amount: 100, reason: 'BADGE_EARNED', source_id: badges['Customer Hero'] },
      ]);
      await expectBalanced(employee, 100);
      expect(await celebrationsOf(api, employee.id)).toEqual([
        expect.objectContaining({
          kind: 'BADGE_EARNED',
          title: 'Eve Employee earned the “Customer Hero” badge',
          body: 'Calmed a furious caller and kept the account',
        }),
        expect.objectContaining({ kind: 'LEVEL_UP', title: 'Eve Employee reached level 2: Active Listener' }),
      ]);
      expect(await api.sql('SELECT id, kind FROM credentials WHERE id = $1', [given.id])).toEqual([{ id: given.id, kind: 'BADGE' }]);

      const { me } = await api.ok(MY_BADGES, {}, employee.token);
      expect(me.badges).toEqual([
        {
          id: given.id,
          awardedAt: given.awardedAt,
          reason: 'Calmed a furious caller and kept the account',
          badge: { name: 'Customer Hero' },
          awardedBy: { id: manager.id },
          credentialUrl: given.credentialUrl,
        },
      ]);
      expect((await progress(employee.token))['Customer Hero']).toEqual({
        current: 1,
        target: 1,
        earned: true,
        awardedAt: given.awardedAt,
      });
    });

    it('lets an admin give a MANUAL badge too, to a manager', async () => {
      const { admin, badges, manager } = await crew();
      const response = await award(admin, badges['Above and Beyond'], manager.id, 'Covered three shifts');
      expect(response.errors).toBeUndefined();
      expect(response.data!.awardBadge).toMatchObject({
        badge: { name: 'Above and Beyond' },
        user: { id: manager.id },
        reason: 'Covered three shifts',
      });
      await expectBalanced(manager, 50);
    });

    it('refuses a manager giving a badge to someone outside the teams they manage with FORBIDDEN, and writes nothing; an admin may', async () => {
      const { admin, badges, manager, outsider } = await crew();
      const before = await tableCounts(api);
      const response = await award(manager.token, badges['Customer Hero'], outsider.id);
      expectError(response, 'FORBIDDEN');
      expect(response.errors![0]!.message).toBe('Oz Outsider is not in a team you manage');
      expect(await tableCounts(api)).toEqual(before);
      expect((await award(admin, badges['Customer Hero'], outsider.id)).errors).toBeUndefined();
    });

    it('refuses awardBadge to an employee with FORBIDDEN, and writes nothing', async () => {
      const { badges, employee, colleague } = await crew();
      const before = await tableCounts(api);
      const response = await award(employee.token, badges['Customer Hero'], colleague.id);
      expectError(response, 'FORBIDDEN');
      expect(response.data).toBeNull();
      expect(await tableCounts(api)).toEqual(before);
    });

    it('refuses an automatic badge, a blank reason, a badge to oneself and a badge already held, with BAD_USER_INPUT naming the field, and writes nothing', async () => {
      const { admin, badges, manager, employee } = await crew();
      expect((await award(manager.token, badges['Customer Hero'], employee.id)).errors).toBeUndefined();
      const before = await tableCounts(api);
      const refusals: [GraphQLResponse, string][] = [
        [await award(manager.token, badges['First Steps'], employee.id), 'badgeId'],
        [await award(manager.token, badges['Rising Star'], employee.id), 'badgeId'],
        [await award(manager.token, badges['Above and Beyond'], employee.id, '   '), 'reason'],
        [await award(manager.token, badges['Above and Beyond'], employee.id, ''), 'reason'],
        [await award(manager.token, badges['Above and Beyond'], manager.id), 'userId'],
        [await award(admin, badges['Customer Hero'], employee.id, 'Once more'), 'badgeId'],
        [await award(manager.token, 'not-an-id', employee.id), 'badgeId'],
      ];
      for (const [response, field] of refusals) {
        expectError(response, 'BAD_USER_INPUT', field);
        expect(response.data).toBeNull();
      }
      expect(refusals[0]![0].errors![0]!.message).toBe('“First Steps” is earned automatically and cannot be given by hand');
      expect(await tableCounts(api)).toEqual(before);
      await expectBalanced(employee, 100);
    });

    it("answers NOT_FOUND to giving another organisation's badge, or giving a badge to another organisation's member, and writes nothing", async () => {
      const alpha = await crew();
      const bravo = await crew();
      const before = await tableCounts(api);
      for (const response of [
        await award(alpha.manager.token, bravo.badges['Customer Hero'], alpha.employee.id),
        await award(alpha.manager.token, alpha.badges['Customer Hero'], bravo.employee.id),
        await award(alpha.admin, bravo.badges['Customer Hero'], bravo.employee.id),
      ]) {
        expectError(response, 'NOT_FOUND');
        expect(response.data).toBeNull();
      }
      expect(await tableCounts(api)).toEqual(before);
      const stranger = await api.gql(HOLDERS, { id: bravo.badges['Customer Hero'] }, alpha.admin);
      expectError(stranger, 'NOT_FOUND');
    });

    it('gives badges that managers send each other at the same moment, in a ring, without a deadlock', async () => {
      const { organization, badges } = await crew();
      // Manager i manages team i, and belongs to team i - 1: each gives to the next, a member of their team.
      const teams: string[] = [];
      for (let index = 0; index < 6; index++) teams.push(await createTeam(api, organization, `Ring ${index}`));
      const managers: Member[] = [];
      for (let index = 0; index < 6; index++)
        managers.push(await addMember(api, organization, { role: 'MANAGER', teamId: teams[(index + 5) % 6] }));
      for (const [index, manager] of managers.entries()) await setTeamManager(api, organization, teams[index]!, manager.id);
      const responses = await Promise.all(
        ['Customer Hero', 'Above and Beyond'].flatMap((name) =>
          managers.map((giver, index) => award(giver.token, badges[name], managers[(index + 1) % managers.length]!.id, `Ring ${index}`)),
        ),
      );
      expect(responses.map((response) => response.errors ?? null)).toEqual(responses.map(() => null));
      for (const manager of managers) {
        expect(await heldBadges(manager)).toEqual(['Above and Beyond', 'Customer Hero']);
        await expectBalanced(manager, 150);
      }
    });

    it('lists who holds a badge on BadgeDefinition.awards, most recent first, with holderCount', async () => {
      const { organization, admin, badges, manager, employee, colleague } = await crew();
      api.clock.set(noonUtc(-2));
      await award(manager.token, badges['Customer Hero'], employee.id, 'First save');
      api.clock.set(noonUtc(-1));
      await award(admin, badges['Customer Hero'], colleague.id, 'Second save');
      api.clock.reset();

      const { badge } = await api.ok(HOLDERS, { id: badges['Customer Hero'] }, employee.token);
      expect(badge).toEqual({
        name: 'Customer Hero',
        holderCount: 2,
        awards: [
          { id: expect.any(String), user: { id: colleague.id }, awardedBy: { id: organization.admin.id }, reason: 'Second save' },
          { id: expect.any(String), user: { id: employee.id }, awardedBy: { id: manager.id }, reason: 'First save' },
        ],
      });
      const { badge: untouched } = await api.ok(HOLDERS, { id: badges['Five Thousand Club'] }, employee.token);
      expect(untouched).toEqual({ name: 'Five Thousand Club', holderCount: 0, awards: [] });
    });
  });

  describe('under concurrency', () => {
    /** Sends the completions at the same moment; all must succeed. */
    async function burst(member: Member, moduleIds: string[]): Promise<Earned[]> {
      const responses = await Promise.all(
        moduleIds.map((moduleId) => api.gql<{ completeModule: Earned }>(COMPLETE_AND_EARN, { input: { moduleId } }, member.token)),
      );
      expect(responses.map((response) => response.errors ?? null)).toEqual(moduleIds.map(() => null));
      return responses.map((response) => response.data!.completeModule);
    }

    it(`awards each badge once when ${PARALLEL} completions of different modules that cross its threshold arrive at once`, async () => {
      const { admin, member, badges } = await learner();
      const { createBadge } = await api.ok(
        CREATE_BADGE,
        { input: badgeInput({ name: 'High Five', kind: 'MODULES_COMPLETED', threshold: 5, points: 0 }) },
        admin,
      );
      const course = await createCourse(api, admin, {
        skills: ['communication'],
        modules: lessons(...Array<number>(PARALLEL).fill(5)),
        points: 50,
      });

      const results = await burst(
        member,
        course.modules.map((module) => module.id),
      );

      const reported = results.flatMap((result) => result.newBadges.map((awarded) => awarded.badge.name)).sort();
      expect(reported).toEqual(['Course Finisher', 'First Steps', 'High Five']);
      expect(await heldBadges(member)).toEqual(['Course Finisher', 'First Steps', 'High Five']);
      expect(await badgeEntries(member)).toEqual([
        { amount: 0, source_id: createBadge.id },
        { amount: 10, source_id: badges['First Steps'] },
        { amount: 25, source_id: badges['Course Finisher'] },
      ]);
      const celebrations = await celebrationsOf(api, member.id);
      expect(
        celebrations
          .filter((celebration) => celebration.kind === 'BADGE_EARNED')
          .map((celebration) => celebration.title)
          .sort(),
      ).toEqual([
        'Lee Learner earned the “Course Finisher” badge',
        'Lee Learner earned the “First Steps” badge',
        'Lee Learner earned the “High Five” badge',
      ]);
      expect(celebrations.filter((celebration) => celebration.kind === 'LEVEL_UP')).toHaveLength(1);
      expect(
        await api.sql('SELECT count(*)::int AS count FROM credentials c JOIN badge_awards a ON a.id = c.id WHERE a.user_id = $1', [
          member.id,
        ]),
      ).toEqual([{ count: 3 }]);
      await expectBalanced(member, PARALLEL * 5 + 50 + 10 + 25);
    });

    it(`awards ${PARALLEL} members of one organisation their badges when they all finish a course at the same moment`, async () => {
      const { organization, admin } = await learner();
      const members: Member[] = [];
      for (let index = 0; index < PARALLEL; index++) members.push(await addMember(api, organization));
      const course = await createCourse(api, admin, { skills: ['communication'], modules: lessons(5), points: 10 });

      const responses = await Promise.all(
        members.map((member) =>
          api.gql<{ completeModule: Earned }>(COMPLETE_AND_EARN, { input: { moduleId: course.modules[0]!.id } }, member.token),
        ),
      );

      expect(responses.map((response) => response.errors ?? null)).toEqual(members.map(() => null));
      expect(responses.map((response) => badgeNames(response.data!.completeModule))).toEqual(
        members.map(() => ['Course Finisher', 'First Steps']),
      );
      for (const member of members) {
        expect(await heldBadges(member)).toEqual(['Course Finisher', 'First Steps']);
        await expectBalanced(member, 5 + 10 + 10 + 25);
      }
      expect(await api.sql('SELECT count(*)::int AS count FROM credentials WHERE organization_id = $1', [organization.id])).toEqual([
        { count: 2 * PARALLEL },
      ]);
    });

    it(`awards First Steps once when a burst of ${PARALLEL} completions of the same first module arrives`, async () => {
      const { admin, member, badges } = await learner();
      const course = await createCourse(api, admin, { skills: ['communication'], modules: lessons(10, 10), points: 0 });

      const results = await burst(member, Array<string>(PARALLEL).fill(course.modules[0]!.id));

      expect(results.map(badgeNames).filter((names) => names.length > 0)).toEqual([['First Steps']]);
      expect(await heldBadges(member)).toEqual(['First Steps']);
      expect(await badgeEntries(member)).toEqual([{ amount: 10, source_id: badges['First Steps'] }]);
      expect((await celebrationsOf(api, member.id)).map((celebration) => celebration.kind)).toEqual(['BADGE_EARNED']);
      await expectBalanced(member, 20);
    });
  });
});
