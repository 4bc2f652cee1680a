import { REACTION_EMOJI, spotlight } from '@laurels/domain';
import { randomUUID } from 'node:crypto';
import { earn, lessons } from './support/achievements.js';
import { expectError } from './support/errors.js';
import { addMember, createCourse, signUpOrganization, type Member, type Organization } from './support/fixtures.js';
import { queriesDuring } from './support/statements.js';
import { startTestApi, type GraphQLResponse, type TestApi } from './support/test-app.js';
import { buildWorld } from './support/world.js';

const CELEBRATION_FIELDS = `id kind title body icon createdAt user { id } actor { id } people { id } team { id } reactions { emoji count } myReactions`;
const REACT = `mutation ($id: ID!, $emoji: String!) { react(celebrationId: $id, emoji: $emoji) { id reactions { emoji count } myReactions } }`;
const UNREACT = `mutation ($id: ID!, $emoji: String!) { unreact(celebrationId: $id, emoji: $emoji) { id reactions { emoji count } myReactions } }`;
const COMMENT = `mutation ($id: ID!, $body: String!) { comment(celebrationId: $id, body: $body) { id body createdAt author { id displayName } } }`;
const STORY = `mutation ($input: PostSuccessStoryInput!) { postSuccessStory(input: $input) { ${CELEBRATION_FIELDS} } }`;
const FEED = `query ($first: Int, $after: String, $teamId: ID, $kinds: [CelebrationKind!]) {
  celebrations(first: $first, after: $after, teamId: $teamId, kinds: $kinds) {
    nodes { id kind title team { id } reactions { emoji count } myReactions comments { body author { id } } }
    pageInfo { endCursor hasNextPage }
  }
}`;
const GIVE_KUDOS = `mutation ($input: GiveKudosInput!) { giveKudos(input: $input) { id } }`;
const SPOTLIGHT = `query ($first: Int) { spotlight(first: $first) { id title reactions { count } comments { id } } }`;

interface Reacted {
  readonly id: string;
  readonly reactions: { emoji: string; count: number }[];
  readonly myReactions: string[];
}

interface Story {
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  readonly body: string | null;
  readonly icon: string | null;
  readonly createdAt: string;
  readonly user: { id: string } | null;
  readonly actor: { id: string } | null;
  readonly people: { id: string }[];
  readonly team: { id: string } | null;
  readonly reactions: { emoji: string; count: number }[];
  readonly myReactions: string[];
}

interface FeedNode {
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  readonly team: { id: string } | null;
  readonly reactions: { emoji: string; count: number }[];
  readonly myReactions: string[];
  readonly comments: { body: string; author: { id: string } }[];
}

const BASE = new Date('2026-06-10T09:00:00.000Z');
const minutes = (count: number) => new Date(BASE.getTime() + count * 60_000);
const days = (count: number) => minutes(count * 24 * 60);

describe('the feed: reactions, comments, success stories and kinds', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());
  beforeEach(() => api.clock.set(BASE));
  afterEach(() => api.clock.reset());

  async function world() {
    const { organization, teams, people } = await buildWorld(api, {
      teams: { Phones: { members: ['Ann', 'Ben'] }, Chat: { members: ['Cat'] } },
      people: ['Dan'],
    });
    return {
      organization,
      phones: teams.Phones.id,
      chat: teams.Chat.id,
      ann: people.Ann,
      ben: people.Ben,
      cat: people.Cat,
      dan: people.Dan,
    };
  }

  const post = (token: string, input: Record<string, unknown>) => api.gql<{ postSuccessStory: Story }>(STORY, { input }, token);
  async function posted(token: string, input: Record<string, unknown>): Promise<Story> {
    return (await api.ok<{ postSuccessStory: Story }>(STORY, { input: { title: 'A save', body: 'It went well.', ...input } }, token))
      .postSuccessStory;
  }
  const react = (token: string, id: string, emoji: string) => api.gql<{ react: Reacted }>(REACT, { id, emoji }, token);
  async function reacted(token: string, id: string, emoji: string): Promise<Reacted> {
    return (await api.ok<{ react: Reacted }>(REACT, { id, emoji }, token)).react;
  }
  const feed = async (token: string, variables: { first?: number; after?: string | null; teamId?: string; kinds?: string[] } = {}) =>
    (
      await api.ok<{ celebrations: { nodes: FeedNode[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } }>(
        FEED,
        { first: 100, ...variables },
        token,
      )
    ).celebrations;
  const nodeOf = async (token: string, id: string) => (await feed(token)).nodes.find((node) => node.id === id)!;

  /** Reactions and comments stored in the organisation. */
  async function stored(organization: Organization) {
    const [counts] = await api.sql<Record<string, number>>(
      `SELECT (SELECT count(*)::int FROM celebration_reactions r JOIN celebrations c ON c.id = r.celebration_id WHERE c.organization_id = $1) AS reactions,
              (SELECT count(*)::int FROM celebration_comments m JOIN celebrations c ON c.id = m.celebration_id WHERE c.organization_id = $1) AS comments,
              (SELECT count(*)::int FROM celebrations WHERE organization_id = $1) AS celebrations`,
      [organization.id],
    );
    return counts!;
  }

  async function expectRefused(organizations: Organization[], cases: [() => Promise<GraphQLResponse>, string, string?][]): Promise<void> {
    const before = await Promise.all(organizations.map(stored));
    for (const [index, [call, code, field]] of cases.entries()) {
      const response = await call();
      try {
        expectError(response, code, field);
        expect(response.data ?? null).toBeNull();
      } catch (error) {
        throw new Error(`case ${index}: ${(error as Error).message}\n${JSON.stringify(response.errors)}`);
      }
    }
    expect(await Promise.all(organizations.map(stored))).toEqual(before);
  }

  describe('reactions', () => {
    it('takes each emoji of the fixed set and nothing else', async () => {
      const { organization, ann, ben } = await world();
      const { id } = await posted(ann.token, { userIds: [ben.id] });

      await expectRefused(
        [organization],
        ['👍', '', 'clap', '👏👏', ' 👏', '❤'].map(
          (emoji) => [() => react(ben.token, id, emoji), 'BAD_USER_INPUT', 'emoji'] as [() => Promise<GraphQLResponse>, string, string],
        ),
      );
      for (const [index, emoji] of ['👏', '🎉', '❤️', '🔥', '🙌', '💡'].entries()) {
        api.clock.set(minutes(index));
        await reacted(ben.token, id, emoji);
      }
      const mine = await reacted(ben.token, id, '👏');
      expect(mine.reactions).toEqual(['👏', '🎉', '❤️', '🔥', '🙌', '💡'].map((emoji) => ({ emoji, count: 1 })));
      expect(mine.myReactions).toEqual(['👏', '🎉', '❤️', '🔥', '🙌', '💡']);
    });

    it('counts each person’s emoji once, however often they react, even all at once', async () => {
      const { organization, ann, ben } = await world();
      const { id } = await posted(ann.token, { userIds: [ben.id] });

      expect(await reacted(ben.token, id, '👏')).toEqual({ id, reactions: [{ emoji: '👏', count: 1 }], myReactions: ['👏'] });
      expect(await reacted(ben.token, id, '👏')).toEqual({ id, reactions: [{ emoji: '👏', count: 1 }], myReactions: ['👏'] });
      const burst = await Promise.all(Array.from({ length: 10 }, () => react(ann.token, id, '🔥')));
      expect(burst.map((response) => response.errors ?? null)).toEqual(Array(10).fill(null));

      const rows = await api.sql<{ user_id: string; emoji: string }>(
        'SELECT user_id, emoji FROM celebration_reactions WHERE celebration_id = $1',
        [id],
      );
      expect(rows.map((row) => `${row.user_id} ${row.emoji}`).sort()).toEqual([`${ben.id} 👏`, `${ann.id} 🔥`].sort());
      expect((await stored(organization)).reactions).toBe(2);
    });

    it('shows everyone the same counts, most given first, and each viewer their own emoji', async () => {
      const { ann, ben, cat, dan } = await world();
      const { id } = await posted(ann.token, { userIds: [ben.id] });

      api.clock.set(minutes(1));
      await reacted(cat.token, id, '🔥');
      api.clock.set(minutes(2));
      await reacted(ann.token, id, '🎉');
      api.clock.set(minutes(3));
      await reacted(ann.token, id, '👏');
      await reacted(ben.token, id, '👏');
      await reacted(cat.token, id, '👏');

      // 👏 three times; 🔥 and 🎉 once each, 🔥 given first.
      const counts = [
        { emoji: '👏', count: 3 },
        { emoji: '🔥', count: 1 },
        { emoji: '🎉', count: 1 },
      ];
      expect(await nodeOf(ann.token, id)).toMatchObject({ reactions: counts, myReactions: ['🎉', '👏'] });
      expect(await nodeOf(ben.token, id)).toMatchObject({ reactions: counts, myReactions: ['👏'] });
      expect(await nodeOf(cat.token, id)).toMatchObject({ reactions: counts, myReactions: ['🔥', '👏'] });
      expect(await nodeOf(dan.token, id)).toMatchObject({ reactions: counts, myReactions: [] });
    });

    it('takes an emoji back with unreact, the viewer’s only; taking back one never given changes nothing', async () => {
      const { organization, ann, ben } = await world();
      const { id } = await posted(ann.token, { userIds: [ben.id] });
      api.clock.set(minutes(1));
      await reacted(ann.token, id, '👏');
      await reacted(ben.token, id, '👏');
      api.clock.set(minutes(2));
      await reacted(ben.token, id, '💡');

      const unreacted = await api.ok<{ unreact: Reacted }>(UNREACT, { id, emoji: '👏' }, ben.token);
      expect(unreacted.unreact).toEqual({
        id,
        reactions: [
          { emoji: '👏', count: 1 },
          { emoji: '💡', count: 1 },
        ],
        myReactions: ['💡'],
      });
      expect((await api.ok<{ unreact: Reacted }>(UNREACT, { id, emoji: '👏' }, ben.token)).unreact.reactions).toHaveLength(2);
      expect((await api.ok<{ unreact: Reacted }>(UNREACT, { id, emoji: '🙌' }, ben.token)).unreact.myReactions).toEqual(['💡']);
      expect(await nodeOf(ann.token, id)).toMatchObject({
        reactions: [
          { emoji: '👏', count: 1 },
          { emoji: '💡', count: 1 },
        ],
        myReactions: ['👏'],
      });
      expectError(await api.gql(UNREACT, { id, emoji: '👍' }, ben.token), 'BAD_USER_INPUT', 'emoji');
      expect((await stored(organization)).reactions).toBe(2);
    });

    it('keeps each celebration’s engagement equal to its reactions and comments, through many given and taken back at once', async () => {
      const { ann, ben, cat, dan } = await world();
      const { id } = await posted(ann.token, { userIds: [ben.id] });
      const people = [ann, ben, cat, dan];
      await Promise.all(
        people.flatMap((member) => [
          ...REACTION_EMOJI.flatMap((emoji) => [reacted(member.token, id, emoji), reacted(member.token, id, emoji)]),
          api.ok(UNREACT, { id, emoji: REACTION_EMOJI[0] }, member.token),
          api.ok(COMMENT, { id, body: 'At the same time' }, member.token),
        ]),
      );
      const [row] = await api.sql<{ engagement: number; facts: number }>(
        `SELECT engagement, (SELECT count(*)::int FROM celebration_reactions WHERE celebration_id = $1)
                          + (SELECT count(*)::int FROM celebration_comments WHERE celebration_id = $1) AS facts
           FROM celebrations WHERE id = $1`,
        [id],
      );
      expect(row!.facts).toBeGreaterThanOrEqual(people.length * REACTION_EMOJI.length);
      expect(row!.engagement).toBe(row!.facts);
    });
  });

  describe('comments', () => {
    it('keeps a comment trimmed, with its author and time', async () => {
      const { ann, ben } = await world();
      const { id } = await posted(ann.token, { userIds: [ben.id] });

      const { comment } = await api.ok<{ comment: unknown }>(COMMENT, { id, body: '  Well done, Ben!  ' }, ben.token);

      expect(comment).toEqual({
        id: expect.any(String),
        body: 'Well done, Ben!',
        createdAt: BASE.toISOString(),
        author: { id: ben.id, displayName: 'Ben' },
      });
      expect(await api.sql('SELECT author_id, body, created_at FROM celebration_comments WHERE celebration_id = $1', [id])).toEqual([
        { author_id: ben.id, body: 'Well done, Ben!', created_at: BASE },
      ]);
      expect((await nodeOf(ann.token, id)).comments).toEqual([{ body: 'Well done, Ben!', author: { id: ben.id } }]);
    });

    it('takes 1 to 1000 characters after trimming, and refuses blank or longer ones with BAD_USER_INPUT naming body', async () => {
      const { organization, ann, ben } = await world();
      const { id } = await posted(ann.token, { userIds: [ben.id] });

      await expectRefused(
        [organization],
        ['', '   ', '\n\t', 'x'.repeat(1001), ` ${'y'.repeat(1001)} `].map((body) => [
          () => api.gql(COMMENT, { id, body }, ben.token),
          'BAD_USER_INPUT',
          'body',
        ]),
      );
      const longest = await api.ok<{ comment: { body: string } }>(COMMENT, { id, body: `  ${'z'.repeat(1000)}  ` }, ben.token);
      expect(longest.comment.body).toBe('z'.repeat(1000));
      expect((await api.ok<{ comment: { body: string } }>(COMMENT, { id, body: '!' }, ben.token)).comment.body).toBe('!');
    });

    it('shows the latest 50 comments, oldest first, each under its own celebration', async () => {
      const { ann, ben, cat } = await world();
      const busy = await posted(ann.token, { title: 'Busy', userIds: [ben.id] });
      const quiet = await posted(ann.token, { title: 'Quiet', userIds: [cat.id] });
      for (let index = 1; index <= 52; index++) {
        api.clock.set(minutes(index));
        await api.ok(COMMENT, { id: busy.id, body: `Comment ${index}` }, index % 2 ? ben.token : cat.token);
      }
      await api.ok(COMMENT, { id: quiet.id, body: 'Only one here' }, ann.token);

      const nodes = (await feed(ann.token)).nodes;
      const busyComments = nodes.find((node) => node.id === busy.id)!.comments;
      expect(busyComments.map((comment) => comment.body)).toEqual(Array.from({ length: 50 }, (_, index) => `Comment ${index + 3}`));
      expect(busyComments[0]!.author).toEqual({ id: ben.id });
      expect(busyComments[1]!.author).toEqual({ id: cat.id });
      expect(nodes.find((node) => node.id === quiet.id)!.comments).toEqual([{ body: 'Only one here', author: { id: ann.id } }]);
    });
  });

  describe('tenancy', () => {
    it('answers NOT_FOUND for reacting to, unreacting or commenting on another organisation’s celebration, or none; BAD_USER_INPUT for a malformed id', async () => {
      const home = await world();
      const away = await world();
      const theirs = await posted(away.ann.token, { userIds: [away.ben.id] });
      await reacted(away.ben.token, theirs.id, '👏');
      const ours = await posted(home.ann.token, { userIds: [home.ben.id] });

      await expectRefused(
        [home.organization, away.organization],
        [theirs.id, randomUUID()].flatMap((id) => [
          [() => react(home.ben.token, id, '👏'), 'NOT_FOUND'],
          [() => api.gql(UNREACT, { id, emoji: '👏' }, home.ben.token), 'NOT_FOUND'],
          [() => api.gql(COMMENT, { id, body: 'Hello from elsewhere' }, home.ben.token), 'NOT_FOUND'],
        ]) as [() => Promise<GraphQLResponse>, string][],
      );
      await expectRefused(
        [home.organization],
        [
          [() => react(home.ben.token, 'not-an-id', '👏'), 'BAD_USER_INPUT', 'celebrationId'],
          [() => api.gql(COMMENT, { id: 'not-an-id', body: 'Hi' }, home.ben.token), 'BAD_USER_INPUT', 'celebrationId'],
          [() => api.gql(REACT, { id: ours.id, emoji: '👏' }), 'UNAUTHENTICATED'],
          [() => api.gql(COMMENT, { id: ours.id, body: 'Hi' }), 'UNAUTHENTICATED'],
        ],
      );
      expect(await api.sql('SELECT user_id FROM celebration_reactions WHERE celebration_id = $1', [theirs.id])).toEqual([
        { user_id: away.ben.id },
      ]);
    });
  });

  describe('success stories', () => {
    it('tells a story about one person: they are its user and its people, their team its team, the author its actor', async () => {
      const { organization, phones, ann, ben } = await world();

      const story = await posted(ann.token, {
        title: '  Saved the launch  ',
        body: '  **Ben** stayed late to fix the _export_.  ',
        userIds: [ben.id],
      });

      expect(story).toEqual({
        id: expect.any(String),
        kind: 'SUCCESS_STORY',
        title: 'Saved the launch',
        body: '**Ben** stayed late to fix the _export_.',
        icon: 'book-open',
        createdAt: BASE.toISOString(),
        user: { id: ben.id },
        actor: { id: ann.id },
        people: [{ id: ben.id }],
        team: { id: phones },
        reactions: [],
        myReactions: [],
      });
      expect(
        await api.sql('SELECT kind, user_id, people_ids, actor_id, team_id FROM celebrations WHERE organization_id = $1', [
          organization.id,
        ]),
      ).toEqual([{ kind: 'SUCCESS_STORY', user_id: ben.id, people_ids: [ben.id], actor_id: ann.id, team_id: phones }]);
    });

    it('gives a story about several people no single user; its team is the one they all share, else none', async () => {
      const { phones, chat, ann, ben, cat, dan } = await world();
      const shape = (story: Story) => ({
        user: story.user,
        people: story.people.map((person) => person.id),
        team: story.team?.id ?? null,
        actor: story.actor?.id,
      });

      expect(shape(await posted(cat.token, { userIds: [ann.id, ben.id, ann.id] }))).toEqual({
        user: null,
        people: [ann.id, ben.id],
        team: phones,
        actor: cat.id,
      });
      expect(shape(await posted(ann.token, { userIds: [ben.id, cat.id] }))).toEqual({
        user: null,
        people: [ben.id, cat.id],
        team: null,
        actor: ann.id,
      });
      expect(shape(await posted(ann.token, { userIds: [ben.id, dan.id] }))).toEqual({
        user: null,
        people: [ben.id, dan.id],
        team: null,
        actor: ann.id,
      });
      expect(shape(await posted(ann.token, { userIds: [dan.id] }))).toEqual({
        user: { id: dan.id },
        people: [dan.id],
        team: null,
        actor: ann.id,
      });
      // A team alone, and a team named along with people from elsewhere: the team named.
      expect(shape(await posted(dan.token, { teamId: chat }))).toEqual({ user: null, people: [], team: chat, actor: dan.id });
      expect(shape(await posted(dan.token, { userIds: [ann.id], teamId: chat }))).toEqual({
        user: { id: ann.id },
        people: [ann.id],
        team: chat,
        actor: dan.id,
      });
      // Ids are ids whatever their case: the same person in capitals is named once.
      expect(shape(await posted(dan.token, { userIds: [ann.id.toUpperCase(), ann.id], teamId: chat.toUpperCase() }))).toEqual({
        user: { id: ann.id },
        people: [ann.id],
        team: chat,
        actor: dan.id,
      });
    });

    it('refuses a story without a title, a body, or anyone it is about, and longer than allowed, naming the field', async () => {
      const { organization, phones, ann, ben } = await world();
      const input = { title: 'A save', body: 'It went well.', userIds: [ben.id] };

      await expectRefused(
        [organization],
        (
          [
            [{ title: '' }, 'title'],
            [{ title: '   ' }, 'title'],
            [{ title: 'x'.repeat(121) }, 'title'],
            [{ body: '' }, 'body'],
            [{ body: ' \n ' }, 'body'],
            [{ body: 'x'.repeat(5001) }, 'body'],
            [{ userIds: [] }, 'userIds'],
            [{ userIds: null }, 'userIds'],
            [{ userIds: Array.from({ length: 21 }, () => randomUUID()) }, 'userIds'],
            [{ userIds: ['not-an-id'] }, 'userIds'],
            [{ userIds: [], teamId: 'not-an-id' }, 'teamId'],
          ] as [Record<string, unknown>, string][]
        ).map(([overrides, field]) => [() => post(ann.token, { ...input, ...overrides }), 'BAD_USER_INPUT', field]),
      );
      const longest = await posted(ann.token, {
        title: 't'.repeat(120),
        body: 'b'.repeat(5000),
        userIds: Array.from({ length: 20 }, () => ben.id),
        teamId: phones,
      });
      expect(longest.people).toEqual([{ id: ben.id }]);
    });

    it('answers NOT_FOUND for people or a team of another organisation, or unknown, and writes nothing', async () => {
      const home = await world();
      const away = await world();
      const input = { title: 'A save', body: 'It went well.' };

      await expectRefused(
        [home.organization, away.organization],
        [
          [() => post(home.ann.token, { ...input, userIds: [away.ben.id] }), 'NOT_FOUND'],
          [() => post(home.ann.token, { ...input, userIds: [home.ben.id, away.ben.id] }), 'NOT_FOUND'],
          [() => post(home.ann.token, { ...input, userIds: [randomUUID()] }), 'NOT_FOUND'],
          [() => post(home.ann.token, { ...input, teamId: away.phones }), 'NOT_FOUND'],
          [() => post(home.ann.token, { ...input, userIds: [home.ben.id], teamId: away.phones }), 'NOT_FOUND'],
          [() => post(home.ann.token, { ...input, teamId: randomUUID() }), 'NOT_FOUND'],
          [() => api.gql(STORY, { input: { ...input, userIds: [home.ben.id] } }), 'UNAUTHENTICATED'],
        ],
      );
    });
  });

  describe('the spotlight', () => {
    const spotlit = async (token: string, first?: number) =>
      (await api.ok<{ spotlight: { id: string; title: string }[] }>(SPOTLIGHT, { first }, token)).spotlight;

    it('ranks the organisation’s last seven days by reactions plus comments, the newer first on a tie, from the whole week', async () => {
      const { ann, ben, cat, dan } = await world();
      const story = async (title: string, at: Date) => {
        api.clock.set(at);
        return (await posted(ann.token, { title, userIds: [ben.id] })).id;
      };
      const old = await story('Nine days ago', days(-9));
      const fiveDaysAgo = await story('Five days ago', days(-5));
      const twoDaysAgo = await story('Two days ago', days(-2));
      const yesterday = await story('Yesterday', days(-1));
      // Thirty newer celebrations nobody reacted to: the spotlight is not the latest page's.
      for (let index = 0; index < 30; index++) await story(`Quiet ${index}`, minutes(-60 + index));
      api.clock.set(BASE);
      for (const member of [ann, ben, cat, dan]) await reacted(member.token, old, '🎉');
      await reacted(ann.token, fiveDaysAgo, '👏');
      await reacted(ben.token, fiveDaysAgo, '👏');
      await api.ok(COMMENT, { id: fiveDaysAgo, body: 'What a save' }, cat.token);
      for (const emoji of ['👏', '🎉', '🔥']) await reacted(cat.token, twoDaysAgo, emoji);
      await reacted(dan.token, yesterday, '💡');
      const elsewhere = await signUpOrganization(api);
      const outsider = await addMember(api, elsewhere, { name: 'Outsider' });
      const theirs = (await posted(outsider.token, { title: 'Elsewhere', userIds: [outsider.id] })).id;
      await reacted(outsider.token, theirs, '🔥');

      expect((await spotlit(dan.token, 10)).map((moment) => moment.title)).toEqual(['Two days ago', 'Five days ago', 'Yesterday']);
      expect((await spotlit(dan.token)).map((moment) => moment.id)).toEqual([twoDaysAgo, fiveDaysAgo, yesterday]);
      expect((await spotlit(dan.token, 1)).map((moment) => moment.id)).toEqual([twoDaysAgo]);
      expect((await spotlit(outsider.token)).map((moment) => moment.id)).toEqual([theirs]);
      // Three days on, the five-day-old story is eight days old: out of the week.
      api.clock.set(days(3));
      expect((await spotlit(dan.token)).map((moment) => moment.id)).toEqual([twoDaysAgo, yesterday]);
    });

    it('agrees with the domain’s spotlight rule on random reactions and comments, ties included', async () => {
      const { organization, ann, ben, cat, dan } = await world();
      const people = [ann, ben, cat, dan];
      let seed = 20_261_123;
      const random = (below: number) => {
        seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
        return seed % below;
      };
      for (let index = 0; index < 16; index++) {
        // Stories in pairs at the same moment, across ten days: ties on time are broken by id.
        api.clock.set(minutes(-Math.floor(index / 2) * 24 * 60 * 1.3));
        const { id } = await posted(people[random(4)]!.token, { title: `Story ${index}`, userIds: [dan.id] });
        api.clock.set(BASE);
        for (const member of people) {
          for (const emoji of REACTION_EMOJI) if (random(10) < 1) await reacted(member.token, id, emoji);
        }
        for (let comments = random(3); comments > 0; comments--)
          await api.ok(COMMENT, { id, body: `Comment ${comments}` }, people[random(4)]!.token);
      }
      const moments = await api.sql<{ id: string; created_at: Date; reactions: number; comments: number }>(
        `SELECT c.id, c.created_at,
                (SELECT count(*)::int FROM celebration_reactions r WHERE r.celebration_id = c.id) AS reactions,
                (SELECT count(*)::int FROM celebration_comments m WHERE m.celebration_id = c.id) AS comments
           FROM celebrations c WHERE c.organization_id = $1`,
        [organization.id],
      );
      const expected = spotlight(
        moments,
        (moment) => ({ id: moment.id, createdAt: moment.created_at, reactions: moment.reactions, comments: moment.comments }),
        BASE,
        10,
      );
      expect(expected.length).toBeGreaterThan(3);
      expect((await spotlit(ann.token, 10)).map((moment) => moment.id)).toEqual(expected.map((moment) => moment.id));
    });

    it('takes 1 to 10 moments, and only from someone signed in', async () => {
      const { ann } = await world();
      expectError(await api.gql(SPOTLIGHT, { first: 0 }, ann.token), 'BAD_USER_INPUT', 'first');
      expectError(await api.gql(SPOTLIGHT, { first: 11 }, ann.token), 'BAD_USER_INPUT', 'first');
      expectError(await api.gql(SPOTLIGHT, {}), 'UNAUTHENTICATED');
    });
  });

  describe('cost', () => {
    it('reads a page of celebrations with everything the feed shows in as many queries for two as for twenty', async () => {
      const { ann, ben, cat } = await world();
      const PAGE = `{ celebrations(first: 50) { nodes { id user { id } actor { id } people { id } team { id } kudos { id values } reactions { emoji count } myReactions comments { body author { id } } } } }`;
      const read = async () => (await api.ok<{ celebrations: { nodes: unknown[] } }>(PAGE, {}, cat.token)).celebrations.nodes;
      const moment = async (index: number) => {
        api.clock.set(minutes(index));
        const { id } = await posted(ann.token, { title: `Story ${index}`, userIds: [ben.id, cat.id] });
        await reacted(ben.token, id, '🎉');
        await api.ok(COMMENT, { id, body: `Comment ${index}` }, cat.token);
        await api.ok(GIVE_KUDOS, { input: { toUserId: ben.id, message: `Thanks ${index}`, values: ['Empathy'], points: 0 } }, ann.token);
      };
      await moment(0);
      const few = await queriesDuring(api, read);
      for (let index = 1; index < 10; index++) await moment(index);
      expect(await read()).toHaveLength(20);
      expect(await queriesDuring(api, read)).toBe(few);
    });
  });

  describe('the kinds filter', () => {
    it('lists only the kinds asked for, newest first, paged and combined with a team the same way', async () => {
      const { organization, phones, ann, ben, cat } = await world();
      const course = await createCourse(api, organization.admin.token, { modules: lessons(10), points: 0 });
      const give = (from: Member, to: Member, message: string) =>
        api.ok(GIVE_KUDOS, { input: { toUserId: to.id, message, values: ['Empathy'], points: 1 } }, from.token);

      api.clock.set(minutes(1));
      await give(ann, ben, 'Kudos 1');
      api.clock.set(minutes(2));
      await earn(api, ben.token, course.modules[0]!.id);
      api.clock.set(minutes(3));
      await posted(ann.token, { title: 'Story 1', userIds: [cat.id] });
      api.clock.set(minutes(4));
      await give(cat, ann, 'Kudos 2');
      api.clock.set(minutes(5));
      await posted(cat.token, { title: 'Story 2', userIds: [ann.id, ben.id] });
      api.clock.set(minutes(6));
      await give(ben, cat, 'Kudos 3');

      const titles = (nodes: FeedNode[]) => nodes.map((node) => node.title);
      expect(titles((await feed(ann.token, { kinds: ['KUDOS'] })).nodes)).toEqual([
        'Ben gave kudos to Cat',
        'Cat gave kudos to Ann',
        'Ann gave kudos to Ben',
      ]);
      const recognition = (await feed(ann.token, { kinds: ['KUDOS', 'SUCCESS_STORY'] })).nodes;
      expect(titles(recognition)).toEqual([
        'Ben gave kudos to Cat',
        'Story 2',
        'Cat gave kudos to Ann',
        'Story 1',
        'Ann gave kudos to Ben',
      ]);
      // Ben's completion is one card, led by the course, its two badges grouped on it: a filter picks cards by their lead.
      const achievements = ['COURSE_COMPLETED', 'CERTIFICATION_EARNED', 'BADGE_EARNED', 'LEVEL_UP'];
      expect((await feed(ann.token, { kinds: achievements })).nodes.map((node) => node.kind)).toEqual(['COURSE_COMPLETED']);
      expect((await feed(ann.token, { kinds: ['BADGE_EARNED'] })).nodes).toEqual([]);
      expect((await feed(ann.token, { kinds: ['TEAM_MILESTONE'] })).nodes).toEqual([]);
      // No kinds, or an empty list: everything.
      const everything = (await feed(ann.token)).nodes;
      expect(everything).toHaveLength(6);
      expect((await feed(ann.token, { kinds: [] })).nodes).toEqual(everything);

      // Paged one at a time, the filter holds on every page.
      const paged: FeedNode[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 10; pages++) {
        const page: Awaited<ReturnType<typeof feed>> = await feed(ann.token, { first: 2, after, kinds: ['KUDOS', 'SUCCESS_STORY'] });
        paged.push(...page.nodes);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(paged).toEqual(recognition);

      // With a team: Phones' kudos (to Ann and to Ben) and Story 2 (Ann and Ben share Phones).
      expect(titles((await feed(cat.token, { teamId: phones, kinds: ['KUDOS', 'SUCCESS_STORY'] })).nodes)).toEqual([
        'Story 2',
        'Cat gave kudos to Ann',
        'Ann gave kudos to Ben',
      ]);
      expectError(await api.gql(FEED, { kinds: ['SMILES'] }, ann.token), 'BAD_USER_INPUT');
    });
  });
});
