import { badgeIds, createCertification, earn, lessons, noonUtc } from './support/achievements.js';
import { createCourse, type Member } from './support/fixtures.js';
import { ready, subscribe, type LiveSubscription } from './support/live.js';
import { startTestApi, type TestApi } from './support/test-app.js';
import { buildWorld } from './support/world.js';

/**
 * A person's moments of one minute (a course finished, the certification and badge it brings, the
 * level it reaches) group into one card of the feed, with the group's reactions and comments.
 */

const CARD = `id kind title createdAt user { id } reactions { emoji count } comments { body } grouped { id kind title createdAt }`;
const FEED = `query ($first: Int, $after: String, $teamId: ID) {
  celebrations(first: $first, after: $after, teamId: $teamId) { nodes { ${CARD} } pageInfo { endCursor hasNextPage } }
}`;
const AWARD_BADGE = `mutation ($badgeId: ID!, $userId: ID!, $reason: String!) { awardBadge(badgeId: $badgeId, userId: $userId, reason: $reason) { id } }`;
const CREATE_BADGE = `mutation ($input: CreateBadgeInput!) { createBadge(input: $input) { id } }`;
const REACT = `mutation ($id: ID!) { react(celebrationId: $id, emoji: "🎉") { id reactions { emoji count } } }`;
const COMMENT = `mutation ($id: ID!) { comment(celebrationId: $id, body: "Well done!") { id } }`;
const SPOTLIGHT = `{ spotlight(first: 10) { id grouped { id } } }`;
const DIGEST = `query ($from: DateTime!, $to: DateTime!) { digest(from: $from, to: $to) { html celebrations { id grouped { id } } } }`;
const ADDED = `subscription { celebrationAdded { ${CARD} } }`;

interface Moment {
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  readonly createdAt: string;
}
interface Card extends Moment {
  readonly user: { id: string } | null;
  readonly reactions: { emoji: string; count: number }[];
  readonly comments: { body: string }[];
  readonly grouped: Moment[];
}
interface Page {
  readonly nodes: Card[];
  readonly pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

const SECOND_MS = 1000;
const HOUR_MS = 60 * 60 * SECOND_MS;

describe('moments grouped into one card', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());
  afterEach(() => api.clock.reset());

  const page = async (token: string, variables: { first?: number; after?: string | null; teamId?: string } = {}) =>
    (await api.ok<{ celebrations: Page }>(FEED, { first: 100, ...variables }, token)).celebrations;

  /** Priya, Leo and their manager; a course that completes a certification, and manual badges to give. */
  async function world() {
    const { organization, teams } = await buildWorld(api, {
      teams: { Phones: { manager: 'Max Manager', members: ['Priya Shah', 'Leo Park'] } },
    });
    const { manager, members } = teams.Phones;
    const [priya, leo] = members as [Member, Member];
    const course = await createCourse(api, organization.admin.token, { title: 'Calm voices', modules: lessons(60, 60), points: 0 });
    await createCertification(api, organization.admin.token, { name: 'Certified Listener', requiredCourseIds: [course.id], points: 100 });
    const manual: string[] = [];
    for (const name of ['Night Owl', 'Team Player', 'Quick Fix']) {
      const { createBadge } = await api.ok<{ createBadge: { id: string } }>(
        CREATE_BADGE,
        {
          input: {
            name,
            description: 'Given by a manager',
            criteria: 'A manager’s call.',
            kind: 'MANUAL',
            threshold: 1,
            tier: 'BRONZE',
            icon: 'star',
            points: 0,
          },
        },
        organization.admin.token,
      );
      manual.push(createBadge.id);
    }
    const give = (badgeId: string, to: Member) => api.ok(AWARD_BADGE, { badgeId, userId: to.id, reason: 'Thanks' }, manager.token);
    return {
      organization,
      team: teams.Phones.id,
      manager,
      priya,
      leo,
      course,
      manual,
      give,
      hero: (await badgeIds(api, manager.token))['Customer Hero']!,
    };
  }

  const at = (start: Date, ms: number) => api.clock.set(new Date(start.getTime() + ms));
  const kinds = (moments: readonly { kind: string }[]) => moments.map((moment) => moment.kind).sort();

  it('posts one card for a completion’s course, certification, badge and level, the first moment leading the others', async () => {
    const { priya, leo, course } = await world();
    const start = noonUtc(-2);
    at(start, 0);
    await earn(api, priya.token, course.modules[0]!.id);
    at(start, HOUR_MS);
    await earn(api, priya.token, course.modules[1]!.id);

    const [finished, first] = (await page(leo.token)).nodes;
    expect(finished).toMatchObject({ kind: 'COURSE_COMPLETED', title: 'Priya Shah completed “Calm voices”', user: { id: priya.id } });
    expect(kinds(finished!.grouped)).toEqual(expect.arrayContaining(['BADGE_EARNED', 'CERTIFICATION_EARNED', 'LEVEL_UP']));
    // An hour earlier is another card: First Steps alone.
    expect(first).toMatchObject({ kind: 'BADGE_EARNED', title: 'Priya Shah earned the “First Steps” badge', grouped: [] });
    // Every moment is still stored once; the feed shows each on exactly one card.
    const stored = await api.sql<{ id: string }>('SELECT id FROM celebrations WHERE user_id = $1 ORDER BY id', [priya.id]);
    const shown = [finished!, first!].flatMap((card) => [card.id, ...card.grouped.map((moment) => moment.id)]).sort();
    expect(shown).toEqual(stored.map((row) => row.id));
  });

  it('joins a moment less than a minute after the group started, and starts a new card a minute on or for someone else', async () => {
    const { manager, priya, leo, manual, give } = await world();
    const start = noonUtc(-1);
    at(start, 0);
    await give(manual[0]!, priya);
    at(start, 59 * SECOND_MS);
    await give(manual[1]!, priya);
    await give(manual[0]!, leo);
    at(start, 60 * SECOND_MS);
    await give(manual[2]!, priya);

    const cards = (await page(manager.token)).nodes.map((card) => ({
      user: card.user!.id,
      title: card.title,
      grouped: card.grouped.map((moment) => moment.title),
    }));
    expect(cards).toEqual([
      { user: priya.id, title: 'Priya Shah earned the “Quick Fix” badge', grouped: [] },
      { user: leo.id, title: 'Leo Park earned the “Night Owl” badge', grouped: [] },
      { user: priya.id, title: 'Priya Shah earned the “Night Owl” badge', grouped: ['Priya Shah earned the “Team Player” badge'] },
    ]);
  });

  it('ends two awards given to one person at the same moment in one group', async () => {
    const { priya, manual, give } = await world();
    at(noonUtc(-1), 0);
    await Promise.all([give(manual[0]!, priya), give(manual[1]!, priya), give(manual[2]!, priya)]);

    const rows = await api.sql<{ id: string; lead_id: string | null }>('SELECT id, lead_id FROM celebrations WHERE user_id = $1', [
      priya.id,
    ]);
    const leads = rows.filter((row) => row.lead_id === null);
    expect(leads).toHaveLength(1);
    expect(rows.filter((row) => row.lead_id !== null).map((row) => row.lead_id)).toEqual([leads[0]!.id, leads[0]!.id]);
  });

  it('keeps reactions and comments on the group: given to any of its moments, they land on the card, counted once by the spotlight', async () => {
    const { priya, leo, manager, manual, give } = await world();
    api.clock.set(new Date(Date.now() - HOUR_MS));
    await give(manual[0]!, priya);
    await give(manual[1]!, priya);
    api.clock.reset();
    const [card] = (await page(leo.token)).nodes;
    const member = card!.grouped[0]!;

    const reacted = await api.ok<{ react: { id: string; reactions: unknown[] } }>(REACT, { id: member.id }, leo.token);
    expect(reacted.react).toEqual({ id: card!.id, reactions: [{ emoji: '🎉', count: 1 }] });
    await api.ok(REACT, { id: card!.id }, manager.token);
    await api.ok(COMMENT, { id: member.id }, manager.token);

    const [again] = (await page(leo.token)).nodes;
    expect(again).toMatchObject({ id: card!.id, reactions: [{ emoji: '🎉', count: 2 }], comments: [{ body: 'Well done!' }] });
    expect(
      await api.sql('SELECT engagement FROM celebrations WHERE id = ANY($1) ORDER BY lead_id NULLS FIRST', [[card!.id, member.id]]),
    ).toEqual([{ engagement: 3 }, { engagement: 0 }]);
    const { spotlight } = await api.ok<{ spotlight: { id: string; grouped: { id: string }[] }[] }>(SPOTLIGHT, {}, leo.token);
    expect(spotlight).toEqual([{ id: card!.id, grouped: [{ id: member.id }] }]);
  });

  it('pages the feed by card, whole and in order, for everyone and for one team', async () => {
    const { priya, leo, team, course, manual, give } = await world();
    const start = noonUtc(-3);
    at(start, 0);
    await give(manual[0]!, priya);
    at(start, HOUR_MS);
    await give(manual[0]!, leo);
    at(start, 2 * HOUR_MS);
    await give(manual[1]!, priya);
    await give(manual[2]!, priya);
    at(start, 3 * HOUR_MS);
    await give(manual[1]!, leo);
    at(start, 5 * HOUR_MS);
    await earn(api, priya.token, course.modules[0]!.id);
    await earn(api, priya.token, course.modules[1]!.id);
    api.clock.reset();

    const whole = (await page(leo.token)).nodes;
    const moments = await api.sql<{ count: number }>('SELECT count(*)::int AS count FROM celebrations WHERE user_id = ANY($1)', [
      [priya.id, leo.id],
    ]);
    expect(whole.length).toBeLessThan(moments[0]!.count);
    expect(whole.reduce((sum, card) => sum + 1 + card.grouped.length, 0)).toBe(moments[0]!.count);
    for (const teamId of [undefined, team]) {
      const walked: Card[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 30; pages++) {
        const current: Page = await page(leo.token, { first: 2, after, teamId });
        walked.push(...current.nodes);
        if (!current.pageInfo.hasNextPage) break;
        after = current.pageInfo.endCursor;
      }
      expect(walked).toEqual(whole);
    }
  });

  it('updates the card live when a moment joins it, rather than adding a card', async () => {
    const { organization, priya, leo, manual, give } = await world();
    const subscription: LiveSubscription<Card> = subscribe<Card>(api, leo.token, ADDED);
    try {
      await ready(api, subscription, { organizationId: organization.id });
      const start = new Date(Date.now() - 10 * 60 * SECOND_MS);
      at(start, 0);
      await give(manual[0]!, priya);
      at(start, 20 * SECOND_MS);
      await give(manual[1]!, priya);

      const [added, updated] = await subscription.next(2);
      expect(added).toMatchObject({ title: 'Priya Shah earned the “Night Owl” badge', grouped: [] });
      expect(updated).toMatchObject({
        id: added!.id,
        title: 'Priya Shah earned the “Night Owl” badge',
        grouped: [{ kind: 'BADGE_EARNED', title: 'Priya Shah earned the “Team Player” badge' }],
      });
    } finally {
      await subscription.close();
    }
  });

  it('tells a group once in the digest, in one sentence', async () => {
    // Both modules at one instant: First Steps leads, the course, certification, badge and level join it.
    const { organization, priya, course } = await world();
    const start = noonUtc(-2);
    at(start, 0);
    await earn(api, priya.token, course.modules[0]!.id);
    await earn(api, priya.token, course.modules[1]!.id);
    api.clock.reset();

    const { digest } = await api.ok<{ digest: { html: string; celebrations: { id: string; grouped: { id: string }[] }[] } }>(
      DIGEST,
      { from: new Date(start.getTime() - HOUR_MS).toISOString(), to: new Date(start.getTime() + HOUR_MS).toISOString() },
      organization.admin.token,
    );
    expect(digest.celebrations).toHaveLength(1);
    expect(digest.celebrations[0]!.grouped.length).toBeGreaterThanOrEqual(3);
    expect(digest.html).toContain('Priya Shah: certified, ');
    expect(digest.html).not.toContain('Priya Shah completed');
  });
});
