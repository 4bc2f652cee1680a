import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { Processes, requireRedisServer, type ApiProcess, type RedisProcess } from './support/processes.js';
import { createTestDatabase } from './support/database.js';

/**
 * Sign-in throttling on real processes: two `node apps/api/dist/main.js`
 * sharing one PostgreSQL and one Redis count an account's failures together,
 * so that spreading guesses over instances gains nothing; and when Redis
 * stops answering, each instance goes on counting on its own.
 */

const PASSWORD = 'correct horse battery';
const WRONG = 'not the right password';
const LOGIN = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';

interface Answer {
  readonly data?: Record<string, any> | null;
  readonly errors?: { message: string; extensions?: { code?: string } }[];
}

async function gql(api: ApiProcess, query: string, variables: Record<string, unknown>, token?: string): Promise<Answer> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Answer;
}

const signIn = async (api: ApiProcess, email: string, password: string) =>
  (await gql(api, LOGIN, { email, password })).errors?.[0]?.extensions?.code ?? 'OK';

describe('sign-in throttling across API instances sharing Redis', () => {
  const processes = new Processes();
  let dataDir: string | undefined;
  let redis: RedisProcess;
  let a: ApiProcess, b: ApiProcess;
  let adminToken: string;

  beforeAll(async () => {
    requireRedisServer();
    redis = await processes.redis();
    dataDir = mkdtempSync(join(tmpdir(), 'laurels-throttle-'));
    const shared = {
      DATABASE_URL: await createTestDatabase('throttle'),
      REDIS_URL: redis.url,
      JWT_SECRET: randomBytes(32).toString('hex'),
      CREDENTIALS_SECRET: randomBytes(32).toString('hex'),
      DATA_DIR: dataDir,
      SEED_DEMO: 'false',
      // An account is locked at its fourth consecutive failure, with no wait before: the count is what is shared.
      LOGIN_DELAY_AFTER: '4',
      LOGIN_LOCKOUT_AFTER: '4',
      LOGIN_LOCKOUT_SECONDS: '600',
    };
    a = await processes.api('A', shared);
    b = await processes.api('B', shared);
    const signedUp = await gql(a, 'mutation ($input: SignUpInput!) { signUp(input: $input) { token } }', {
      input: { organizationName: 'Contoso Care', adminEmail: 'admin@contoso.example', adminDisplayName: 'Ada', adminPassword: PASSWORD },
    });
    adminToken = signedUp.data!.signUp.token as string;
  }, 100_000);

  afterAll(async () => {
    await processes.stopAll();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 20_000);

  async function newMember(name: string): Promise<string> {
    const email = `${name}-${randomBytes(3).toString('hex')}@contoso.example`;
    const created = await gql(
      a,
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { email, displayName: name, password: PASSWORD, role: 'EMPLOYEE' } },
      adminToken,
    );
    expect(created.errors).toBeUndefined();
    return email;
  }

  it('locks an account whose failures were spread over both instances, on both', async () => {
    const email = await newMember('Hugo');
    expect([
      await signIn(a, email, WRONG),
      await signIn(b, email, WRONG),
      await signIn(a, email, WRONG),
      await signIn(b, email, WRONG),
    ]).toEqual(Array(4).fill('UNAUTHENTICATED'));
    expect(await signIn(a, email, PASSWORD)).toBe('TOO_MANY_REQUESTS');
    expect(await signIn(b, email, PASSWORD)).toBe('TOO_MANY_REQUESTS');
    // The counts are in Redis, under the account's hash, never its email.
    const spy = new Redis(redis.url);
    const keys = await spy.keys('laurels:sign-in:*').finally(() => spy.quit());
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((key) => key.includes(email))).toEqual([]);
  });

  it('clears the count on every instance when the account signs in on one', async () => {
    const email = await newMember('Ines');
    const codes = [];
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 3; i++) codes.push(await signIn(a, email, WRONG));
      codes.push(await signIn(b, email, PASSWORD));
    }
    expect(codes).toEqual(Array(3).fill(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'OK']).flat());
  });

  it('goes on answering when Redis stops, counting on each instance alone', async () => {
    const email = await newMember('Jonas');
    await redis.stop();
    expect(await signIn(a, email, PASSWORD)).toBe('OK');
    const codes = [];
    for (let i = 0; i < 5; i++) codes.push(await signIn(b, email, WRONG));
    expect(codes).toEqual([...Array(4).fill('UNAUTHENTICATED'), 'TOO_MANY_REQUESTS']);
    // A's own count has none of B's failures.
    expect(await signIn(a, email, PASSWORD)).toBe('OK');
  });
});
