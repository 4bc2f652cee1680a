import { Logger } from '@nestjs/common';
import { RETAKE, badgeIds, createCertification, earn, lessons, noonUtc } from './support/achievements.js';
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
import { startTestApi, type TestApi } from './support/test-app.js';
import { buildWorld } from './support/world.js';

const FEED = `query ($first: Int, $after: String, $teamId: ID) {
  celebrations(first: $first, after: $after, teamId: $teamId) {
    nodes { id kind title body icon createdAt user { id } team { id } grouped { id kind title body icon createdAt } }
    pageInfo { endCursor hasNextPage }
  }
}`;
const AWARD_BADGE = `mutation ($badgeId: ID!, $userId: ID!, $reason: String!) { awardBadge(badgeId: $badgeId, userId: $userId, reason: $reason) { id } }`;

interface Node {
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  readonly body: string | null;
  readonly icon: string | null;
  readonly createdAt: string;
  readonly user: { id: string } | null;
  readonly team: { id: string } | null;
  /** A card's other moments (none on a moment itself). */
  readonly grouped?: Node[];
}

/** Every moment the cards show: each card's own, then those grouped on it (of the card's person and team). */
const moments = (cards: readonly Node[]): Node[] =>
  cards.flatMap((card) => [card, ...(card.grouped ?? []).map((moment) => ({ ...moment, user: card.user, team: card.team }))]);

interface Page {
  readonly nodes: Node[];
  readonly pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

const HOUR_MS = 60 * 60 * 1000;

describe('celebrations', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());
  afterEach(() => api.clock.reset());

  const page = async (token: string, variables: { first?: number; after?: string | null; teamId?: string }) =>
    (await api.ok<{ celebrations: Page }>(FEED, variables, token)).celebrations;

  /** Walks the whole feed `size` at a time, following endCursor while hasNextPage. */
  async function walk(token: string, size: number, teamId?: string): Promise<{ nodes: Node[]; pages: number }> {
    const nodes: Node[] = [];
    let after: string | null = null;
    for (let pages = 1; pages <= 50; pages++) {
      const current: Page = await page(token, { first: size, after, teamId });
      nodes.push(...current.nodes);
      if (!current.pageInfo.hasNextPage) return { nodes, pages };
      expect(current.nodes).toHaveLength(size);
      expect(current.pageInfo.endCursor).toEqual(expect.any(String));
      after = current.pageInfo.endCursor;
    }
    throw new Error('the feed never ends');
  }

  describe('the feed', () => {
    /**
     * Two teams of one organisation earning things over several hours, some
     * celebrations written at the same instant, and a second organisation.
     */
    let acme: { organization: Organization; manager: Member; ann: Member; ben: Member; annTeam: string; benTeam: string };
    let other: { organization: Organization; member: Member; team: string };
    let feed: Node[];

    beforeAll(async () => {
      const { organization, teams, people } = await buildWorld(api, {
        teams: { Phones: { manager: 'Max Manager', members: ['Ann'] }, Chat: { members: ['Ben'] } },
        people: ['Max Manager'],
      });
      const { 'Max Manager': manager, Ann: ann, Ben: ben } = people;
      const [annTeam, benTeam] = [teams.Phones.id, teams.Chat.id];
      const course = await createCourse(api, organization.admin.token, {
        title: 'Calm voices',
        skills: ['communication'],
        modules: lessons(60, 60),
        points: 0,
      });
      const start = noonUtc(-3);
      const at = (hours: number) => api.clock.set(new Date(start.getTime() + hours * HOUR_MS));

      // Ann: First Steps; then the course, Course Finisher and level 2 at one instant.
      at(0);
      await earn(api, ann.token, course.modules[0]!.id);
      at(1);
      await earn(api, ann.token, course.modules[1]!.id);
      // Ben the same, an hour later each.
      at(2);
      await earn(api, ben.token, course.modules[0]!.id);
      at(3);
      await earn(api, ben.token, course.modules[1]!.id);
      // Customer Hero (+100) carries Ann past 250: Rising Star and level 3 with it.
      at(4);
      await api.ok(
        AWARD_BADGE,
        { badgeId: (await badgeIds(api, manager.token))['Customer Hero'], userId: ann.id, reason: 'Saved the day' },
        manager.token,
      );

      const elsewhere = await buildWorld(api, { teams: { Phones: { members: ['Sam Member'] } } });
      const [member, team] = [elsewhere.people['Sam Member'], elsewhere.teams.Phones.id];
      const theirs = await createCourse(api, elsewhere.admin.token, { skills: ['communication'], modules: lessons(1, 1) });
      at(5);
      await earn(api, member.token, theirs.modules[0]!.id);
      api.clock.reset();

      acme = { organization, manager, ann, ben, annTeam, benTeam };
      other = { organization: elsewhere.organization, member, team };
      feed = (await page(ann.token, { first: 100 })).nodes;
    });

    it('lists the organisation’s celebrations newest first, each with whom and which team it celebrates', () => {
      const hour = (hours: number) => new Date(noonUtc(-3).getTime() + hours * HOUR_MS).toISOString();
      const simplified = moments(feed).map((node) => ({
        kind: node.kind,
        title: node.title,
        createdAt: node.createdAt,
        user: node.user!.id,
        team: node.team!.id,
      }));
      const ann = { user: acme.ann.id, team: acme.annTeam };
      const ben = { user: acme.ben.id, team: acme.benTeam };
      // Celebrations of one instant come in no particular order among themselves.
      const byInstant = (nodes: typeof simplified) => nodes.map((node) => JSON.stringify(node)).sort((a, b) => b.localeCompare(a));
      expect(byInstant(simplified)).toEqual(
        byInstant([
          { kind: 'BADGE_EARNED', title: 'Ann earned the “Customer Hero” badge', createdAt: hour(4), ...ann },
          { kind: 'BADGE_EARNED', title: 'Ann earned the “Rising Star” badge', createdAt: hour(4), ...ann },
          { kind: 'LEVEL_UP', title: 'Ann reached level 3: Problem Solver', createdAt: hour(4), ...ann },
          { kind: 'COURSE_COMPLETED', title: 'Ben completed “Calm voices”', createdAt: hour(3), ...ben },
          { kind: 'BADGE_EARNED', title: 'Ben earned the “Course Finisher” badge', createdAt: hour(3), ...ben },
          { kind: 'LEVEL_UP', title: 'Ben reached level 2: Active Listener', createdAt: hour(3), ...ben },
          { kind: 'BADGE_EARNED', title: 'Ben earned the “First Steps” badge', createdAt: hour(2), ...ben },
          { kind: 'COURSE_COMPLETED', title: 'Ann completed “Calm voices”', createdAt: hour(1), ...ann },
          { kind: 'BADGE_EARNED', title: 'Ann earned the “Course Finisher” badge', createdAt: hour(1), ...ann },
          { kind: 'LEVEL_UP', title: 'Ann reached level 2: Active Listener', createdAt: hour(1), ...ann },
          { kind: 'BADGE_EARNED', title: 'Ann earned the “First Steps” badge', createdAt: hour(0), ...ann },
        ]),
      );
      // A person's moments of one instant share a card: Ann at hours 1 and 4, Ben at hour 3.
      expect(feed.map((card) => card.grouped!.length)).toEqual([2, 2, 0, 2, 0]);
      const times = feed.map((node) => Date.parse(node.createdAt));
      expect([...times].sort((a, b) => b - a)).toEqual(times);
      expect(moments(feed).find((node) => node.title.includes('Customer Hero'))!.body).toBe('Saved the day');
    });

    it('shows the same feed to everyone in the organisation, and never another organisation’s celebrations', async () => {
      expect((await page(acme.organization.admin.token, { first: 100 })).nodes).toEqual(feed);
      expect((await page(acme.manager.token, { first: 100 })).nodes).toEqual(feed);
      const theirs = (await page(other.member.token, { first: 100 })).nodes;
      expect(theirs.map((node) => [node.kind, node.user?.id])).toEqual([['BADGE_EARNED', other.member.id]]);
      expect(theirs.map((node) => node.id).filter((id) => feed.some((node) => node.id === id))).toEqual([]);
    });

    it.each([1, 2, 3, 11, 20])(
      'pages through the feed %i at a time without gaps or repeats, ties of one instant included',
      async (size) => {
        const { nodes, pages } = await walk(acme.ann.token, size);
        expect(nodes).toEqual(feed);
        expect(pages).toBe(Math.max(1, Math.ceil(feed.length / size)));
      },
    );

    it('ends with an empty page after the last celebration', async () => {
      const last = await page(acme.ann.token, { first: feed.length });
      expect(last.pageInfo.hasNextPage).toBe(false);
      expect(await page(acme.ann.token, { first: 5, after: last.pageInfo.endCursor })).toEqual({
        nodes: [],
        pageInfo: { endCursor: null, hasNextPage: false },
      });
    });

    it('filters by teamId: only that team’s celebrations, in the same order, paged the same way', async () => {
      const phones = (await page(acme.ben.token, { first: 100, teamId: acme.annTeam })).nodes;
      expect(phones).toEqual(feed.filter((node) => node.team?.id === acme.annTeam));
      expect(moments(phones).map((node) => node.user!.id)).toEqual(Array(7).fill(acme.ann.id));
      expect((await walk(acme.ben.token, 2, acme.annTeam)).nodes).toEqual(phones);
      const chat = (await page(acme.ann.token, { first: 100, teamId: acme.benTeam })).nodes;
      expect(chat).toEqual(feed.filter((node) => node.team?.id === acme.benTeam));
      expect(moments(chat)).toHaveLength(4);
    });

    it('answers NOT_FOUND for another organisation’s team, and BAD_USER_INPUT for a malformed team id, page size or cursor', async () => {
      const foreign = await api.gql(FEED, { first: 10, teamId: other.team }, acme.ann.token);
      expectError(foreign, 'NOT_FOUND');
      expect(foreign.data).toBeNull();
      expectError(await api.gql(FEED, { teamId: 'not-an-id' }, acme.ann.token), 'BAD_USER_INPUT', 'teamId');
      for (const first of [0, -1, 101]) expectError(await api.gql(FEED, { first }, acme.ann.token), 'BAD_USER_INPUT', 'first');
      for (const after of ['garbage', Buffer.from('yesterday|nobody').toString('base64url')])
        expectError(await api.gql(FEED, { after }, acme.ann.token), 'BAD_USER_INPUT', 'after');
      expectError(await api.gql(FEED, { first: 10 }), 'UNAUTHENTICATED');
    });
  });

  describe('what is celebrated', () => {
    it('writes BADGE_EARNED, LEVEL_UP, COURSE_COMPLETED and CERTIFICATION_EARNED for what one completion earns', async () => {
      const organization = await signUpOrganization(api);
      const member = await addMember(api, organization, { name: 'Dee' });
      const course = await createCourse(api, organization.admin.token, {
        title: 'First call',
        skills: ['communication'],
        modules: lessons(10),
        points: 40,
      });
      await createCertification(api, organization.admin.token, { name: 'Phone Ready', requiredCourseIds: [course.id], points: 50 });
      const { badges } = await api.ok<{ badges: { name: string; icon: string }[] }>(`{ badges { name icon } }`, {}, member.token);
      const icon = (name: string) => badges.find((badge) => badge.name === name)!.icon;

      const earned = await earn(api, member.token, course.modules[0]!.id);
      // 10 + 40 + 50 + First Steps 10 + Course Finisher 25 + Certified 50 = 185: level 2.
      expect(earned.levelUp).toEqual({ number: 2 });

      const cards = (await page(member.token, { first: 100 })).nodes;
      // One card: the course, and what it brought grouped on it.
      expect(cards.map((card) => card.kind)).toEqual(['COURSE_COMPLETED']);
      const nodes = moments(cards);
      const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title);
      const simplified = nodes.map(({ kind, title, user, team }) => ({ kind, title, user: user?.id, team }));
      expect(simplified.sort(byTitle)).toEqual(
        [
          { kind: 'BADGE_EARNED', title: 'Dee earned the “Certified” badge' },
          { kind: 'BADGE_EARNED', title: 'Dee earned the “Course Finisher” badge' },
          { kind: 'BADGE_EARNED', title: 'Dee earned the “First Steps” badge' },
          { kind: 'COURSE_COMPLETED', title: 'Dee completed “First call”' },
          { kind: 'CERTIFICATION_EARNED', title: 'Dee is now certified: “Phone Ready”' },
          { kind: 'LEVEL_UP', title: 'Dee reached level 2: Active Listener' },
        ]
          .map((expected) => ({ ...expected, user: member.id, team: null }))
          .sort(byTitle),
      );
      for (const node of nodes.filter((candidate) => candidate.kind === 'BADGE_EARNED')) {
        expect(node.icon).toBe(icon(node.title.match(/“(.+)”/)![1]!));
      }
      expect(nodes.every((node) => node.icon)).toBe(true);
    });

    it('celebrates a course’s completion the first time only, not when it is retaken', async () => {
      const organization = await signUpOrganization(api);
      const member = await addMember(api, organization);
      const course = await createCourse(api, organization.admin.token, { skills: ['communication'], modules: lessons(5, 5), points: 0 });
      for (const module of course.modules) await earn(api, member.token, module.id);
      const before = (await page(member.token, { first: 100 })).nodes;
      expect(moments(before).filter((node) => node.kind === 'COURSE_COMPLETED')).toHaveLength(1);

      await api.ok(RETAKE, { id: course.id }, member.token);
      for (const module of course.modules) await earn(api, member.token, module.id);
      expect((await page(member.token, { first: 100 })).nodes).toEqual(before);
    });
  });

  describe('a failed transaction writes none', () => {
    it('writes no celebration, points, award or credential for a refused awardBadge', async () => {
      const organization = await signUpOrganization(api);
      const manager = await addMember(api, organization, { role: 'MANAGER' });
      const employee = await addMember(api, organization, { teamId: await createTeam(api, organization, 'Phones', manager.id) });
      const badges = await badgeIds(api, manager.token);
      await api.ok(AWARD_BADGE, { badgeId: badges['Customer Hero'], userId: employee.id, reason: 'Great call' }, manager.token);
      const before = { counts: await tableCounts(api), feed: await page(employee.token, { first: 100 }) };

      expectError(
        await api.gql(AWARD_BADGE, { badgeId: badges['Customer Hero'], userId: employee.id, reason: 'Again' }, manager.token),
        'BAD_USER_INPUT',
        'badgeId',
      );
      expectError(
        await api.gql(AWARD_BADGE, { badgeId: badges['First Steps'], userId: employee.id, reason: 'Why not' }, manager.token),
        'BAD_USER_INPUT',
        'badgeId',
      );
      expectError(
        await api.gql(AWARD_BADGE, { badgeId: badges['Above and Beyond'], userId: employee.id, reason: ' ' }, manager.token),
        'BAD_USER_INPUT',
        'reason',
      );
      expectError(
        await api.gql(AWARD_BADGE, { badgeId: badges['Above and Beyond'], userId: manager.id, reason: 'Me' }, employee.token),
        'FORBIDDEN',
      );

      expect(await tableCounts(api)).toEqual(before.counts);
      expect(await page(employee.token, { first: 100 })).toEqual(before.feed);
    });

    it('rolls back the celebrations already written when a later step of the same completion fails, and the retry celebrates once', async () => {
      const organization = await signUpOrganization(api);
      const member = await addMember(api, organization);
      const course = await createCourse(api, organization.admin.token, { skills: ['communication'], modules: lessons(5), points: 10 });
      const before = await tableCounts(api);
      // Signing the First Steps credential comes after the course's celebration is written; make it fail for this member.
      await api.sql(
        `CREATE FUNCTION refuse_credential() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'credential store unavailable'; END $$`,
      );
      await api.sql(
        `CREATE TRIGGER refuse_credential BEFORE INSERT ON credentials FOR EACH ROW WHEN (NEW.organization_id = '${organization.id}') EXECUTE FUNCTION refuse_credential()`,
      );
      Logger.overrideLogger(false); // the failure is expected: keep its logged stack out of the test output
      try {
        const failed = await api.gql(
          `mutation ($id: ID!) { completeModule(input: { moduleId: $id }) { pointsAwarded } }`,
          { id: course.modules[0]!.id },
          member.token,
        );
        expect(failed.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
          ['INTERNAL_SERVER_ERROR', 'Internal server error'],
        ]);
      } finally {
        Logger.overrideLogger(['error']);
        await api.sql('DROP TRIGGER refuse_credential ON credentials');
        await api.sql('DROP FUNCTION refuse_credential()');
      }
      expect(await tableCounts(api)).toEqual(before);
      expect((await page(member.token, { first: 100 })).nodes).toEqual([]);

      await earn(api, member.token, course.modules[0]!.id);
      expect(
        moments((await page(member.token, { first: 100 })).nodes)
          .map((node) => node.kind)
          .sort(),
      ).toEqual(['BADGE_EARNED', 'BADGE_EARNED', 'COURSE_COMPLETED']);
      expect((await ledgerOf(api, member.id)).sum).toBe(5 + 10 + 10 + 25);
    });
  });
});
