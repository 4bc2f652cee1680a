import type { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import pg from 'pg';
import type { Settings } from '../../src/platform/config/settings.js';
import { Clock } from '../../src/platform/clock/clock.js';
import { createApp } from '../../src/app/create-app.js';
import { createTestDatabase } from './database.js';

export interface GraphQLResponse<T = Record<string, any>> {
  readonly status: number;
  readonly data?: T | null;
  readonly errors?: { message: string; extensions?: { code?: string; field?: string }; path?: string[] }[];
}

/** The system clock until a test moves it; then time stands still where the test put it. */
export class TestClock extends Clock {
  private fixed: Date | null = null;

  override now(): Date {
    return this.fixed ? new Date(this.fixed) : super.now();
  }

  set(at: Date): void {
    this.fixed = new Date(at);
  }

  advanceDays(days: number): void {
    this.set(new Date(this.now().getTime() + days * 24 * 60 * 60 * 1000));
  }

  reset(): void {
    this.fixed = null;
  }
}

export interface TestApi {
  readonly app: INestApplication;
  readonly url: string;
  readonly databaseUrl: string;
  /** The API's clock: tests move it to reach expiry dates or build streaks. */
  readonly clock: TestClock;
  /** Runs an operation; pass a token to act as someone. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  /** Runs an operation that must succeed, and returns its data. */
  ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  /** Raw SQL against this test file's database, for assertions on what was stored. */
  sql<T = Record<string, any>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** A port free on the loopback interface just now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * The real API on a fresh database of the test cluster, listening on a free
 * port: tests talk to it over HTTP exactly as clients do. With `reachable`, its
 * PUBLIC_URL is its own address, so that what it publishes (status lists) can be
 * fetched from the URLs its credentials state.
 */
export async function startTestApi(overrides: Partial<Settings> = {}, { reachable = false } = {}): Promise<TestApi> {
  // A second instance is given the first one's databaseUrl.
  const databaseUrl = overrides.databaseUrl ?? (await createTestDatabase());
  const port = reachable ? await freePort() : 0;

  const settings: Settings = {
    production: false,
    host: '127.0.0.1',
    port: 0,
    dataDir: tmpdir(),
    jwtSecret: randomBytes(32).toString('hex'),
    jwtTtl: '1h',
    credentialsSecret: randomBytes(32).toString('hex'),
    publicUrl: reachable ? `http://127.0.0.1:${port}` : 'http://laurels.test',
    allowSignUp: true,
    chatWebhookAllowLoopbackHttp: false,
    chatWebhookRetryDelaySeconds: 30,
    seedDemo: false,
    portalDir: null,
    loginRateLimit: 100_000,
    mutationRateLimit: 100_000,
    loginDelayAfter: 5,
    loginLockoutAfter: 10,
    loginLockoutSeconds: 900,
    trustedProxies: [],
    redisUrl: null,
    graphqlIntrospection: true,
    databaseStatementTimeoutMs: 30_000,
    databaseConnectTimeoutMs: 30_000,
    workers: 'both',
    smtpUrl: null,
    mailFrom: 'Laurels <no-reply@laurels.test>',
    ...overrides,
    databaseUrl,
  };
  const clock = new TestClock();
  const app = await createApp(settings, { logLevels: ['error'], clock });
  await app.listen(port, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });

  const gql = async <T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>> => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
    return { status: response.status, ...body };
  };

  return {
    app,
    url,
    databaseUrl,
    clock,
    gql,
    async ok<T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T> {
      const response = await gql<T>(query, variables, token);
      if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
      return response.data as T;
    },
    async sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
      return (await pool.query(text, params)).rows as T[];
    },
    async close() {
      await pool.end();
      await app.close();
    },
  };
}
