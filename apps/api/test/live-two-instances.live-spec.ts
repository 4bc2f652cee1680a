import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import { Redis } from 'ioredis';
import pg from 'pg';
import WebSocket from 'ws';
import type { CelebrationEvent } from '../src/achievements/celebrations/live/live-feed.js';
import { Processes, requireRedisServer, sleep, type ApiProcess } from './support/processes.js';
import { createTestDatabase } from './support/database.js';

/**
 * The requirement, on real processes: two `node apps/api/dist/main.js`
 * sharing one PostgreSQL and one Redis; a celebration committed through one
 * reaches a subscriber of the other. The control: two more instances on the
 * same database without REDIS_URL do not share their feeds.
 */

/** The Redis channel LiveFeed publishes on (apps/api/src/achievements/celebrations/live/live-feed.ts). */
const CHANNEL = 'celebrationAdded';
const PASSWORD = 'laurels-demo';
const SUBSCRIPTION = 'subscription { celebrationAdded { id kind title body } }';

interface Delivered {
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  readonly body: string | null;
}

/** One signed-in graphql-ws subscriber of one instance, keeping everything it receives. */
class Subscriber {
  readonly received: Delivered[] = [];
  readonly errors: unknown[] = [];
  /** The close code of its connection, once the server closed it. */
  closedWith: number | null = null;
  private readonly client: Client;

  constructor(
    readonly api: ApiProcess,
    token: string,
  ) {
    this.client = createClient({
      url: `${api.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
      on: { closed: (event) => (this.closedWith = (event as { code: number }).code) },
    });
    this.client.subscribe<{ celebrationAdded: Delivered }>(
      { query: SUBSCRIPTION },
      {
        next: ({ data, errors }) => (data ? this.received.push(data.celebrationAdded) : this.errors.push(errors)),
        error: (error) => this.errors.push(error),
        complete: () => undefined,
      },
    );
  }

  async waitFor(what: string, match: (celebration: Delivered) => boolean, timeoutMs = 10_000): Promise<Delivered> {
    for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(50)) {
      const found = this.received.find(match);
      if (found) return found;
    }
    throw new Error(
      `${this.api.name}'s subscriber did not receive ${what} within ${timeoutMs / 1000} s; it received ${JSON.stringify(this.received)}, errors ${JSON.stringify(this.errors)}`,
    );
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }
}

async function gql<T>(api: ApiProcess, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`${api.name}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function signIn(api: ApiProcess, email: string): Promise<{ token: string; userId: string }> {
  const { login } = await gql<{ login: { token: string; user: { id: string } } }>(
    api,
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id } } }',
    { email, password: PASSWORD },
  );
  return { token: login.token, userId: login.user.id };
}

async function giveKudos(api: ApiProcess, token: string, toUserId: string, message: string): Promise<string> {
  const { giveKudos } = await gql<{ giveKudos: { id: string } }>(
    api,
    'mutation ($input: GiveKudosInput!) { giveKudos(input: $input) { id } }',
    { input: { toUserId, message, values: ['Empathy'], points: 10 } },
    token,
  );
  return giveKudos.id;
}

/**
 * graphql-ws does not say when the server has subscribed: post success stories
 * through the subscriber's own instance until one comes back to it.
 */
async function untilListening(subscriber: Subscriber, author: { token: string; userId: string }): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (let attempt = 1; Date.now() < deadline; attempt++) {
    const title = `Probe ${attempt} of ${subscriber.api.name}`;
    await gql(
      subscriber.api,
      'mutation ($input: PostSuccessStoryInput!) { postSuccessStory(input: $input) { id } }',
      { input: { title, body: 'Checking the live feed.', userIds: [author.userId] } },
      author.token,
    );
    for (const stop = Date.now() + 500; Date.now() < stop; await sleep(50)) {
      if (subscriber.received.some((celebration) => celebration.title === title)) return;
    }
  }
  throw new Error(
    `${subscriber.api.name}'s subscriber never received its own instance's celebrations: ${JSON.stringify(subscriber.errors)}`,
  );
}

/** Like Promise.all, but fails only once every start has ended, so that none is still starting when afterAll stops them. */
async function allStarted(starts: Promise<ApiProcess>[]): Promise<ApiProcess[]> {
  const results = await Promise.allSettled(starts);
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  return results.map((result) => (result as PromiseFulfilledResult<ApiProcess>).value);
}

describe('the live feed across API instances', () => {
  const processes = new Processes();
  const subscribers: Subscriber[] = [];
  const onChannel: CelebrationEvent[] = [];
  let channelSpy: Redis | undefined;
  let dataDir: string | undefined;
  let databaseUrl: string;
  let a: ApiProcess, b: ApiProcess, c: ApiProcess, d: ApiProcess;
  let maya: { token: string; userId: string };
  let leo: { token: string; userId: string };

  beforeAll(async () => {
    requireRedisServer();
    const redis = await processes.redis();
    channelSpy = new Redis(redis.url);
    channelSpy.on('message', (_channel: string, message: string) => onChannel.push(JSON.parse(message) as CelebrationEvent));
    await channelSpy.subscribe(CHANNEL);

    databaseUrl = await createTestDatabase('live');

    dataDir = mkdtempSync(join(tmpdir(), 'laurels-live-'));
    // Both secrets shared: a token signed by one instance is valid on every other.
    const shared = {
      DATABASE_URL: databaseUrl,
      JWT_SECRET: randomBytes(32).toString('hex'),
      CREDENTIALS_SECRET: randomBytes(32).toString('hex'),
      DATA_DIR: dataDir,
      SEED_DEMO: 'false',
    };
    // A and B start together on the empty database, both asked to seed it: the start-up lock lets one migrate and seed, the other finds it done.
    [a, b] = await allStarted([
      processes.api('A', { ...shared, REDIS_URL: redis.url, SEED_DEMO: 'true' }),
      processes.api('B', { ...shared, REDIS_URL: redis.url, SEED_DEMO: 'true' }),
    ]);
    [c, d] = await allStarted([processes.api('C (no REDIS_URL)', shared), processes.api('D (no REDIS_URL)', shared)]);
    maya = await signIn(a, 'maya@northwind.example');
    leo = await signIn(a, 'leo@northwind.example');
  }, 100_000);

  afterAll(async () => {
    await Promise.all(subscribers.map((subscriber) => subscriber.close().catch(() => undefined)));
    await channelSpy?.quit().catch(() => undefined);
    await processes.stopAll();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 20_000);

  const subscribe = (api: ApiProcess, token = leo.token) => {
    const subscriber = new Subscriber(api, token);
    subscribers.push(subscriber);
    return subscriber;
  };

  it('seeds the demo organisation once when two instances start together on an empty database', async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string }>('SELECT name FROM organizations');
      expect(rows).toEqual([{ name: 'Northwind Support' }]);
    } finally {
      await client.end();
    }
  });

  it('delivers kudos committed through instance A to a subscriber of instance B, through Redis', async () => {
    const onB = subscribe(b);
    await untilListening(onB, leo);

    const message = `Thanks from A, seen on B ${randomBytes(4).toString('hex')}`;
    const kudosId = await giveKudos(a, maya.token, leo.userId, message);

    const delivered = await onB.waitFor(
      'the kudos given through A',
      (celebration) => celebration.kind === 'KUDOS' && celebration.body === message,
    );
    expect(delivered.title).toBe('Maya Patel gave kudos to Leo Martins');
    // It went through the Redis channel, as the very celebration A committed. The test's own
    // subscription to the channel hears it independently of B, possibly a moment later.
    const heard = () => onChannel.find((event) => event.details?.kudosId === kudosId);
    for (const deadline = Date.now() + 5_000; !heard() && Date.now() < deadline;) await sleep(20);
    const published = heard();
    expect(published).toMatchObject({ id: delivered.id, kind: 'KUDOS', body: message, userId: leo.userId, actorId: maya.userId });
  });

  it('closes a person’s live connection on instance B at once when an admin deactivates them through instance A', async () => {
    const ethan = await signIn(a, 'ethan@northwind.example');
    const admin = await signIn(a, 'admin@northwind.example');
    const onB = subscribe(b, ethan.token);
    await untilListening(onB, ethan);

    await gql(a, 'mutation ($userId: ID!) { deactivateUser(userId: $userId) { active } }', { userId: ethan.userId }, admin.token);
    for (const deadline = Date.now() + 5_000; onB.closedWith === null && Date.now() < deadline;) await sleep(20);
    expect(onB.closedWith).toBe(4401);
  });

  it('without REDIS_URL, an instance delivers only its own celebrations: the control', async () => {
    const onC = subscribe(c);
    const onD = subscribe(d);
    await untilListening(onC, leo);
    await untilListening(onD, leo);

    const message = `Thanks from C, never seen on D ${randomBytes(4).toString('hex')}`;
    await giveKudos(c, maya.token, leo.userId, message);

    await onC.waitFor('the kudos given through C', (celebration) => celebration.body === message);
    // Delivery takes milliseconds, through Redis or in memory: two seconds is ample for D to show it would get it.
    await sleep(2_000);
    expect(onD.received.filter((celebration) => celebration.body === message)).toEqual([]);
    expect(onD.received.filter((celebration) => celebration.title.endsWith('of C (no REDIS_URL)'))).toEqual([]);
    expect(onC.received.filter((celebration) => celebration.title.endsWith('of D (no REDIS_URL)'))).toEqual([]);
    expect(onChannel.filter((event) => event.body === message)).toEqual([]);
  });
});
