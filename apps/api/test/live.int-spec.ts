import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { SignJWT, decodeJwt } from 'jose';
import { DataSource, type EntityManager } from 'typeorm';
import { CelebrationKind } from '@laurels/domain';
import { CelebrationsService } from '../src/achievements/celebrations/celebrations.service.js';
import { Settings } from '../src/platform/config/settings.js';
import { earn, lessons } from './support/achievements.js';
import { expectError } from './support/errors.js';
import { PASSWORD, addMember, createCourse, type Member, type Organization } from './support/fixtures.js';
import { liveClient, ready, settle, subscribe, type LiveSubscription } from './support/live.js';
import { startTestApi, type GraphQLResponse, type TestApi } from './support/test-app.js';
import { buildWorld } from './support/world.js';

const CELEBRATION_ADDED = `subscription ($teamId: ID) {
  celebrationAdded(teamId: $teamId) {
    id kind title body icon createdAt
    user { id displayName }
    actor { id displayName }
    people { id }
    team { id name }
    kudos { id message values points from { id } to { id } }
    reactions { emoji count }
    myReactions
    comments { body }
    grouped { id kind }
  }
}`;
const GIVE_KUDOS = `mutation ($input: GiveKudosInput!) { giveKudos(input: $input) { id } }`;
const STORY = `mutation ($input: PostSuccessStoryInput!) { postSuccessStory(input: $input) { id } }`;

interface Delivered {
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  readonly body: string | null;
  readonly icon: string | null;
  readonly createdAt: string;
  readonly user: { id: string; displayName: string } | null;
  readonly actor: { id: string; displayName: string } | null;
  readonly people: { id: string }[];
  readonly team: { id: string; name: string } | null;
  readonly kudos: { id: string; message: string; values: string[]; points: number; from: { id: string }; to: { id: string } } | null;
  readonly reactions: { emoji: string; count: number }[];
  readonly myReactions: string[];
  readonly comments: { body: string }[];
  readonly grouped: { id: string; kind: string }[];
}

describe('the live feed: celebrationAdded over graphql-ws', () => {
  let api: TestApi;
  const open: LiveSubscription<Delivered>[] = [];
  beforeAll(async () => (api = await startTestApi()));
  afterEach(async () => {
    await Promise.all(open.splice(0).map((subscription) => subscription.close()));
  });
  afterAll(() => api.close());

  /** A subscription as `member`, listening for sure once this resolves. */
  async function listen(organization: Organization, member: Member, teamId?: string): Promise<LiveSubscription<Delivered>> {
    const subscription = subscribe<Delivered>(api, member.token, CELEBRATION_ADDED, { teamId });
    open.push(subscription);
    await ready(api, subscription, { organizationId: organization.id, teamId });
    return subscription;
  }

  async function world() {
    const { organization, teams, people } = await buildWorld(api, {
      teams: { Phones: { members: ['Gia Giver', 'Rob Receiver'] }, Chat: { members: ['Cat Chat'] } },
    });
    return {
      organization,
      phones: teams.Phones.id,
      chat: teams.Chat.id,
      gia: people['Gia Giver'],
      rob: people['Rob Receiver'],
      cat: people['Cat Chat'],
    };
  }

  /** A second sign-in of the same person. */
  const signInAgain = async (member: Member) =>
    (
      await api.ok<{ login: { token: string } }>(
        `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`,
        { email: member.email, password: PASSWORD },
      )
    ).login.token;

  const kudos = (from: Member, to: Member, message: string, points = 5) =>
    api.ok<{ giveKudos: { id: string } }>(GIVE_KUDOS, { input: { toUserId: to.id, message, values: ['empathy'], points } }, from.token);
  const story = (author: Member, title: string, userIds: string[]) =>
    api.ok<{ postSuccessStory: { id: string } }>(STORY, { input: { title, body: 'It went well.', userIds } }, author.token);
  const storedIds = async (organization: Organization) =>
    (await api.sql<{ id: string }>('SELECT id FROM celebrations WHERE organization_id = $1 ORDER BY id', [organization.id])).map(
      (row) => row.id,
    );

  describe('delivery', () => {
    it('delivers kudos to a subscriber of the organisation once committed, with user, actor, kudos, reactions and comments resolved', async () => {
      const { organization, phones, gia, rob, cat } = await world();
      const subscription = await listen(organization, cat);

      const given = await kudos(gia, rob, 'You calmed the angriest caller of the week', 15);

      const [delivered] = await subscription.next(1);
      const [stored] = await api.sql<{ id: string; created_at: Date }>(
        `SELECT id, created_at FROM celebrations WHERE organization_id = $1 AND kind = 'KUDOS'`,
        [organization.id],
      );
      expect(delivered).toEqual({
        id: stored!.id,
        kind: 'KUDOS',
        title: 'Gia Giver gave kudos to Rob Receiver',
        body: 'You calmed the angriest caller of the week',
        icon: 'hand-heart',
        createdAt: stored!.created_at.toISOString(),
        user: { id: rob.id, displayName: 'Rob Receiver' },
        actor: { id: gia.id, displayName: 'Gia Giver' },
        people: [{ id: rob.id }],
        team: { id: phones, name: 'Phones' },
        kudos: {
          id: given.giveKudos.id,
          message: 'You calmed the angriest caller of the week',
          values: ['Empathy'],
          points: 15,
          from: { id: gia.id },
          to: { id: rob.id },
        },
        reactions: [],
        myReactions: [],
        comments: [],
        grouped: [],
      });
      await settle();
      expect(subscription.received).toHaveLength(1);
    });

    it('resolves a delivery’s reactions, comments and myReactions (the subscriber’s own) from what its transaction stored', async () => {
      const { organization, gia, rob, cat } = await world();
      const subscription = await listen(organization, cat);
      const dataSource = api.app.get(DataSource);
      const celebrations = api.app.get(CelebrationsService);

      await dataSource.transaction(async (manager) => {
        const written = await celebrations.write(manager, {
          organizationId: organization.id,
          kind: CelebrationKind.SUCCESS_STORY,
          title: 'Reacted to before it went live',
          actorId: gia.id,
          peopleIds: [rob.id, cat.id],
          sourceKey: `TEST:${randomUUID()}`,
          at: new Date(),
        });
        await manager.query(
          `INSERT INTO celebration_reactions (celebration_id, user_id, emoji, created_at) VALUES ($1, $2, '🎉', now()), ($1, $3, '🎉', now()), ($1, $3, '🔥', now())`,
          [written!.id, gia.id, cat.id],
        );
        await manager.query(
          `INSERT INTO celebration_comments (celebration_id, author_id, body, created_at) VALUES ($1, $2, 'Nice one', now())`,
          [written!.id, gia.id],
        );
      });

      const [delivered] = await subscription.next(1);
      expect(delivered).toMatchObject({
        title: 'Reacted to before it went live',
        user: null,
        people: [{ id: rob.id }, { id: cat.id }],
        actor: { id: gia.id, displayName: 'Gia Giver' },
        kudos: null,
        reactions: [
          { emoji: '🎉', count: 2 },
          { emoji: '🔥', count: 1 },
        ],
        comments: [{ body: 'Nice one' }],
      });
      expect([...delivered!.myReactions].sort()).toEqual(['🎉', '🔥'].sort());
    });

    it('delivers everything one module completion celebrates as one card, exactly what it stored', async () => {
      const { organization, rob, cat } = await world();
      const course = await createCourse(api, organization.admin.token, { title: 'Warm welcomes', modules: lessons(10), points: 20 });
      const subscription = await listen(organization, cat);

      await earn(api, rob.token, course.modules[0]!.id);

      const stored = await storedIds(organization);
      // The course, First Steps and Course Finisher: one card, led by the course.
      expect(stored).toHaveLength(3);
      const [card] = await subscription.next(1);
      expect([card!.id, ...card!.grouped.map((moment) => moment.id)].sort()).toEqual(stored);
      expect([card!.kind, card!.user?.id]).toEqual(['COURSE_COMPLETED', rob.id]);
      expect(card!.grouped.map((moment) => moment.kind)).toEqual(['BADGE_EARNED', 'BADGE_EARNED']);
      await settle();
      expect(subscription.received).toHaveLength(1);
    });

    it('never delivers another organisation’s celebrations', async () => {
      const home = await world();
      const away = await world();
      const ours = await listen(home.organization, home.cat);
      const theirs = await listen(away.organization, away.cat);

      // Away's kudos are published before home's story: had home's subscriber been given them, they would arrive first.
      await kudos(away.gia, away.rob, 'Theirs, not yours');
      await story(home.gia, 'Ours', [home.rob.id]);
      await story(away.gia, 'Theirs too', [away.rob.id]);

      expect((await ours.next(1)).map((celebration) => celebration.title)).toEqual(['Ours']);
      expect((await theirs.next(2)).map((celebration) => celebration.title)).toEqual([
        'Gia Giver gave kudos to Rob Receiver',
        'Theirs too',
      ]);
      await settle();
      expect(ours.received.map((celebration) => celebration.title)).toEqual(['Ours']);
      expect(theirs.received).toHaveLength(2);
    });

    it('delivers only the team’s celebrations when subscribed with a teamId', async () => {
      const { organization, phones, chat, gia, rob, cat } = await world();
      const phonesOnly = await listen(organization, cat, phones);
      const everything = await listen(organization, cat);

      await story(gia, 'About Cat, in Chat', [cat.id]);
      await kudos(cat, rob, 'To Rob, in Phones');
      await story(gia, 'About nobody’s team', [cat.id, rob.id]);

      const all = await everything.next(3);
      expect(all.map((celebration) => celebration.team?.id ?? null)).toEqual([chat, phones, null]);
      const [only] = await phonesOnly.next(1);
      expect(only).toMatchObject({ kind: 'KUDOS', team: { id: phones }, user: { id: rob.id } });
      await settle();
      expect(phonesOnly.received).toHaveLength(1);
    });
  });

  describe('who may listen', () => {
    /** Opens a connection with this authorization and subscribes: the server closes it with 4403, and nothing is delivered. */
    async function expectRefusedConnection(authorization: string | null): Promise<void> {
      const client = liveClient(api, authorization);
      const received: unknown[] = [];
      const refused = new Promise<unknown>((resolve) =>
        client.subscribe(
          { query: CELEBRATION_ADDED, variables: {} },
          { next: (value) => received.push(value), error: resolve, complete: () => resolve('completed') },
        ),
      );
      expect(await client.closed).toEqual({ code: 4403, reason: 'Forbidden' });
      expect(await refused).toMatchObject({ code: 4403 });
      expect(received).toEqual([]);
      await client.dispose();
    }

    it.each([
      ['a malformed token', 'Bearer not-a-token'],
      ['a token signed with another secret', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4Iiwib3JnIjoieSIsImlzcyI6ImxhdXJlbHMifQ.c2lnbmF0dXJl'],
      ['no bearer scheme', 'Basic YWRtaW46YWRtaW4='],
      ['no token at all', null],
    ])('closes the connection with 4403 before any operation for %s', async (_case, authorization) => {
      await expectRefusedConnection(authorization);
    });

    it('closes the connection with 4403 for the valid token of someone who no longer exists', async () => {
      const { organization } = await world();
      const gone = await addMember(api, organization, { name: 'Gone Soon' });
      await api.sql('DELETE FROM users WHERE id = $1', [gone.id]);
      await expectRefusedConnection(`Bearer ${gone.token}`);
    });

    it('closes a connection with 4401 when its token expires, after delivering until then', async () => {
      const { organization, gia, rob } = await world();
      // A token of Rob's sign-in that expires within two seconds, signed as the API signs its own.
      const key = new TextEncoder().encode(api.app.get(Settings).jwtSecret);
      const shortLived = await new SignJWT({ org: organization.id })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(rob.id)
        .setJti(decodeJwt(rob.token).jti!)
        .setIssuer('laurels')
        .setExpirationTime(Math.floor(Date.now() / 1000) + 2)
        .sign(key);
      const subscription = await listen(organization, { ...rob, token: shortLived });
      await kudos(gia, rob, 'Delivered while the token holds');
      await subscription.next(1);

      expect(await subscription.client.closed).toEqual({ code: 4401, reason: 'Sign-in expired: sign in again' });
      await kudos(gia, rob, 'Given after it expired');
      await settle();
      expect(subscription.received.map((celebration) => celebration.body)).toEqual(['Delivered while the token holds']);
    });

    it('closes every connection of a sign-in at once (4401) when it signs out, and no other sign-in’s', async () => {
      const { organization, gia, rob } = await world();
      const signedOut = await listen(organization, rob);
      const alsoSignedOut = await listen(organization, rob);
      const elsewhere = await listen(organization, { ...rob, token: await signInAgain(rob) });

      await api.ok(`mutation { signOut }`, {}, rob.token);
      for (const subscription of [signedOut, alsoSignedOut]) {
        expect(await subscription.client.closed).toEqual({ code: 4401, reason: 'This sign-in has ended: sign in again' });
      }
      await kudos(gia, rob, 'Only for the sign-in that lasts');
      await elsewhere.next(1);
      await settle();
      expect(signedOut.received).toEqual([]);
    });

    it('closes every connection of a person at once (4401) when an admin deactivates them', async () => {
      const { organization, gia, rob, cat } = await world();
      const robs = [await listen(organization, rob), await listen(organization, { ...rob, token: await signInAgain(rob) })];
      const cats = await listen(organization, cat);

      await api.ok(`mutation ($userId: ID!) { deactivateUser(userId: $userId) { id } }`, { userId: rob.id }, organization.admin.token);
      for (const subscription of robs) {
        expect(await subscription.client.closed).toEqual({ code: 4401, reason: 'This sign-in has ended: sign in again' });
      }
      await story(gia, 'After Rob left', [cat.id]);
      expect((await cats.next(1)).map((celebration) => celebration.title)).toEqual(['After Rob left']);
      await settle();
      for (const subscription of robs) expect(subscription.received).toEqual([]);
      await expectRefusedConnection(`Bearer ${rob.token}`);
    });

    it('closes the connections of every other sign-in when the password changes, and keeps this one’s', async () => {
      const { organization, gia, rob } = await world();
      const other = await listen(organization, { ...rob, token: await signInAgain(rob) });
      const mine = await listen(organization, rob);

      await api.ok(
        `mutation { changePassword(currentPassword: "${PASSWORD}", newPassword: "a fresh passphrase") { token } }`,
        {},
        rob.token,
      );
      expect(await other.client.closed).toEqual({ code: 4401, reason: 'This sign-in has ended: sign in again' });
      await kudos(gia, rob, 'Still listening');
      expect((await mine.next(1)).map((celebration) => celebration.body)).toEqual(['Still listening']);
    });

    it('refuses a teamId of another organisation or of no team with NOT_FOUND, and a malformed one with BAD_USER_INPUT', async () => {
      const home = await world();
      const away = await world();
      for (const [teamId, code] of [
        [away.phones, 'NOT_FOUND'],
        [randomUUID(), 'NOT_FOUND'],
        ['not-an-id', 'BAD_USER_INPUT'],
      ] as const) {
        const subscription = subscribe<Delivered>(api, home.cat.token, CELEBRATION_ADDED, { teamId });
        open.push(subscription);
        await subscription.ended();
        expectError(
          { status: 200, errors: subscription.errors as GraphQLResponse['errors'] },
          code,
          code === 'BAD_USER_INPUT' ? 'teamId' : undefined,
        );
      }
      // The refused subscriptions hear nothing of either organisation.
      await story(away.gia, 'Away news', [away.rob.id]);
      await settle(100);
      expect(open.flatMap((subscription) => subscription.received)).toEqual([]);
    });
  });

  describe('only what was committed', () => {
    it('never publishes a celebration whose transaction rolled back', async () => {
      const { organization, gia, rob, cat } = await world();
      const subscription = await listen(organization, cat);
      const dataSource = api.app.get(DataSource);
      const celebrations = api.app.get(CelebrationsService);
      const write = (title: string) => (manager: EntityManager) =>
        celebrations.write(manager, {
          organizationId: organization.id,
          kind: CelebrationKind.SUCCESS_STORY,
          title,
          actorId: gia.id,
          userId: rob.id,
          sourceKey: `TEST:${randomUUID()}`,
          at: new Date(),
        });

      await expect(
        dataSource.transaction(async (manager) => {
          expect(await write('Rolled back')(manager)).not.toBeNull();
          throw new Error('rollback');
        }),
      ).rejects.toThrow('rollback');
      const committed = await dataSource.transaction(write('Committed'));

      // The committed one was published after the rolled-back one would have been: once it is here, nothing else is coming.
      const delivered = await subscription.next(1);
      await settle(100);
      expect(delivered.map((celebration) => [celebration.id, celebration.title])).toEqual([[committed!.id, 'Committed']]);
      expect(await api.sql('SELECT title FROM celebrations WHERE organization_id = $1', [organization.id])).toEqual([
        { title: 'Committed' },
      ]);
    });

    it('publishes nothing of a completion that fails after writing its celebrations, and everything of its retry', async () => {
      const { organization, rob, cat } = await world();
      const course = await createCourse(api, organization.admin.token, { modules: lessons(5), points: 10 });
      const subscription = await listen(organization, cat);
      // Signing the First Steps credential comes after the course's celebration is written: make it fail.
      await api.sql(
        `CREATE OR REPLACE FUNCTION refuse_credential() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'credential store unavailable'; END $$`,
      );
      await api.sql(
        `CREATE TRIGGER refuse_credential BEFORE INSERT ON credentials FOR EACH ROW WHEN (NEW.organization_id = '${organization.id}') EXECUTE FUNCTION refuse_credential()`,
      );
      Logger.overrideLogger(false);
      try {
        const failed = await api.gql(
          `mutation ($id: ID!) { completeModule(input: { moduleId: $id }) { pointsAwarded } }`,
          { id: course.modules[0]!.id },
          rob.token,
        );
        expect(failed.errors?.map((error) => error.extensions?.code)).toEqual(['INTERNAL_SERVER_ERROR']);
      } finally {
        Logger.overrideLogger(['error']);
        await api.sql('DROP TRIGGER refuse_credential ON credentials');
        await api.sql('DROP FUNCTION refuse_credential()');
      }

      await earn(api, rob.token, course.modules[0]!.id);

      const stored = await storedIds(organization);
      expect(stored).toHaveLength(3);
      await subscription.next(1);
      await settle(100);
      expect(subscription.received).toHaveLength(1);
      const [card] = subscription.received;
      expect([card!.id, ...card!.grouped.map((moment) => moment.id)].sort()).toEqual(stored);
    });

    it('publishes a celebration only once its transaction commits, not when it is written', async () => {
      const { organization, gia, rob, cat } = await world();
      const subscription = await listen(organization, cat);
      const dataSource = api.app.get(DataSource);
      const celebrations = api.app.get(CelebrationsService);
      let writtenId: string | null = null;

      await dataSource.transaction(async (manager) => {
        const written = await celebrations.write(manager, {
          organizationId: organization.id,
          kind: CelebrationKind.SUCCESS_STORY,
          title: 'Still pending',
          actorId: gia.id,
          userId: rob.id,
          sourceKey: `TEST:${randomUUID()}`,
          at: new Date(),
        });
        writtenId = written!.id;
        // Anything else published meanwhile would overtake it: prove the pipe is open, then that it is still not here.
        await settle(300);
        expect(subscription.received).toEqual([]);
        await ready(api, subscription, { organizationId: organization.id });
        expect(subscription.received).toEqual([]);
      });

      const [delivered] = await subscription.next(1);
      expect(delivered).toMatchObject({ id: writtenId, title: 'Still pending', user: { id: rob.id }, actor: { id: gia.id } });
    });
  });
});
