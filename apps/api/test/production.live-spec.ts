import { randomBytes } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { Processes, type ApiProcess } from './support/processes.js';
import { createTestDatabase } from './support/database.js';

/**
 * What an attacker meets at a production instance (NODE_ENV=production, the
 * demo organisation seeded): the built API as `npm start` runs it, over HTTP
 * and over the live connection, compared where it matters with the same
 * build in development.
 */

/** The attack from the security review: every person's badges' holders' badges' holders. */
const NESTED_BADGES = `{ users { badges { badge { awards { user { badges { badge { awards { user { id displayName } } } } } } } } } }`;
const LEADERBOARD = `query ($scope: LeaderboardScope!) { leaderboard(scope: $scope, period: WEEK) { rank } }`;
const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { token } }`;
const SIGN_UP_MISSPELT = {
  input: { organizationName: 'Acme', adminEmail: 'ada@acme.example', adminDisplayName: 'Ada', adminPassword: 'x', organisationNme: 'Acme' },
};

/** A mistyped field, argument, type, enum value (in the query and in a variable) and input field: each would suggest a name. */
const MISTAKES: [label: string, query: string, variables: Record<string, unknown>, message: string][] = [
  ['a field', `{ usr { id } }`, {}, 'Cannot query field "usr" on type "Query".'],
  ['an argument', `{ users(teamid: null) { id } }`, {}, 'Unknown argument "teamid" on field "Query.users".'],
  [
    'a type',
    `query ($scope: LeaderboardScop!) { leaderboard(scope: $scope, period: WEEK) { rank } }`,
    { scope: 'TEAM' },
    'Unknown type "LeaderboardScop".',
  ],
  [
    'an enum value',
    `{ leaderboard(scope: INDIVIDUL, period: WEEK) { rank } }`,
    {},
    'Value "INDIVIDUL" does not exist in "LeaderboardScope" enum.',
  ],
  [
    'an enum value in a variable',
    LEADERBOARD,
    { scope: 'INDIVIDUL' },
    'Variable "$scope" got invalid value "INDIVIDUL"; Value "INDIVIDUL" does not exist in "LeaderboardScope" enum.',
  ],
  [
    'an input field in a variable',
    SIGN_UP,
    SIGN_UP_MISSPELT,
    'Variable "$input" got invalid value { organizationName: "Acme", adminEmail: "ada@acme.example", adminDisplayName: "Ada", adminPassword: "x", organisationNme: "Acme" }; Field "organisationNme" is not defined by type "SignUpInput".',
  ],
];

interface Answer {
  readonly status: number;
  readonly ms: number;
  readonly data?: Record<string, unknown> | null;
  readonly errors?: { message: string; extensions?: { code?: string } }[];
}

async function post(api: ApiProcess, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Answer> {
  const started = Date.now();
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<Answer, 'status' | 'ms'>;
  return { status: response.status, ms: Date.now() - started, ...body };
}

const messages = (answer: { errors?: readonly { message: string }[] }) => answer.errors?.map((error) => error.message);

/** A graphql-ws client signed in with `token`; `run` sends one operation and resolves with its result or its errors. */
function liveClient(api: ApiProcess, token: string) {
  const client: Client = createClient({
    url: `${api.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  const run = (query: string, variables: Record<string, unknown> = {}) =>
    new Promise<{ data?: unknown; errors?: { message: string }[]; ms: number }>((resolve) => {
      const started = Date.now();
      let result: { data?: unknown; errors?: { message: string }[] } = {};
      client.subscribe(
        { query, variables },
        {
          next: (value) => (result = value as typeof result),
          error: (errors) => resolve({ errors: errors as { message: string }[], ms: Date.now() - started }),
          complete: () => resolve({ ...result, ms: Date.now() - started }),
        },
      );
    });
  return { run, dispose: () => client.dispose() };
}

/** A raw graphql-transport-ws connection: how it was closed, and after how long once `message` was sent. */
function closedAfterSending(api: ApiProcess, message: string, token?: string): Promise<{ code: number; ms: number }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${api.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    let sentAt = 0;
    const send = () => {
      sentAt = Date.now();
      socket.send(message);
    };
    socket.on('open', () => {
      if (!token) return send();
      socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
    });
    socket.on('message', (data) => {
      if ((JSON.parse(String(data)) as { type: string }).type === 'connection_ack') send();
    });
    socket.on('close', (code) => resolve({ code, ms: Date.now() - sentAt }));
    socket.on('error', reject);
  });
}

describe('a production instance', () => {
  const processes = new Processes();
  let production: ApiProcess;
  let development: ApiProcess;
  let employee: string;
  const secrets = () => ({ JWT_SECRET: randomBytes(32).toString('hex'), CREDENTIALS_SECRET: randomBytes(32).toString('hex') });

  beforeAll(async () => {
    [production, development] = await Promise.all([
      // Seeded on purpose, as the review's instance was: production seeds no demo unless told to.
      processes.api('production', {
        DATABASE_URL: await createTestDatabase('production'),
        NODE_ENV: 'production',
        SEED_DEMO: 'true',
        ...secrets(),
      }),
      processes.api('development', { DATABASE_URL: await createTestDatabase('development'), SEED_DEMO: 'false', ...secrets() }),
    ]);
    const signedIn = await post(production, `mutation { login(email: "priya@northwind.example", password: "laurels-demo") { token } }`);
    employee = (signedIn.data as { login: { token: string } }).login.token;
  }, 120_000);

  afterAll(() => processes.stopAll());

  it('refuses introspection, signed in or not; development answers it', async () => {
    for (const token of [undefined, employee]) {
      for (const query of [`{ __schema { types { name } } }`, `{ __type(name: "User") { fields { name } } }`]) {
        const refused = await post(production, query, {}, token);
        expect([refused.status, refused.data, refused.errors?.[0]?.extensions?.code]).toEqual([
          400,
          undefined,
          'GRAPHQL_VALIDATION_FAILED',
        ]);
        expect(refused.errors?.[0]?.message).toMatch(
          /^GraphQL introspection has been disabled, but the requested query contained the field "__(schema|type)"\.$/,
        );
      }
    }
    expect((await post(production, `{ __typename }`)).data).toEqual({ __typename: 'Query' });
    const answered = await post(development, `{ __schema { queryType { name } } }`);
    expect(answered.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('suggests no field, argument, type, enum value or input field in its errors over HTTP; development does', async () => {
    for (const [label, query, variables, message] of MISTAKES) {
      expect([label, messages(await post(production, query, variables))]).toEqual([label, [message]]);
      expect([label, messages(await post(development, query, variables))]).toEqual([label, [expect.stringMatching(/ Did you mean .+\?$/)]]);
    }
  });

  it('suggests nothing and refuses introspection on a live connection either', async () => {
    const live = liveClient(production, employee);
    try {
      for (const [label, query, variables, message] of MISTAKES) {
        expect([label, messages(await live.run(query, variables))]).toEqual([label, [message]]);
      }
      expect(messages(await live.run(`{ __schema { types { name } } }`))?.[0]).toBe(
        'GraphQL introspection has been disabled, but the requested query contained the field "__schema".',
      );
      expect((await live.run(`{ __typename }`)).data).toEqual({ __typename: 'Query' });
    } finally {
      await live.dispose();
    }
  });

  it('refuses the nested badges query at once with a clear error, and four at once hold nobody else up', async () => {
    const refused = await post(production, NESTED_BADGES, {}, employee);
    expect([refused.status, refused.data, refused.errors?.[0]?.extensions?.code]).toEqual([400, undefined, 'GRAPHQL_VALIDATION_FAILED']);
    expect(refused.errors?.[0]?.message).toMatch(
      /^This query could return about [\d,]+ values; one request may ask for at most 20,000: ask for fewer items \(first\) or fewer nested lists$/,
    );
    expect(refused.ms).toBeLessThan(1_000);

    const [probe, ...attacks] = await Promise.all([
      post(production, `{ me { displayName } }`, {}, employee),
      ...Array.from({ length: 4 }, () => post(production, NESTED_BADGES, {}, employee)),
    ]);
    expect(attacks.map((attack) => attack.status)).toEqual([400, 400, 400, 400]);
    expect([probe.data, probe.ms < 1_000]).toEqual([{ me: { displayName: 'Priya Shah' } }, true]);
  });

  it('answers the same shape within the limit in a moment', async () => {
    const bounded = await post(
      production,
      `{ people(first: 5) { nodes { badges { badge { awards(first: 3) { user { displayName } } } } } } }`,
      {},
      employee,
    );
    expect([bounded.status, bounded.errors]).toEqual([200, undefined]);
    expect(bounded.ms).toBeLessThan(2_000);
  });

  it('closes a live connection sending a 1.2 MB message as it arrives, signed in or not, and carries on', async () => {
    const huge = JSON.stringify({ id: '1', type: 'subscribe', payload: { query: `{ ${'__typename '.repeat(110_000)}}` } });
    expect(huge.length).toBeGreaterThan(1_200_000);
    for (const token of [undefined, employee]) {
      const closed = await closedAfterSending(production, huge, token);
      // 1009: Message Too Big, from the WebSocket layer, before graphql-ws reads the message as JSON.
      expect([closed.code, closed.ms < 1_000]).toEqual([1009, true]);
    }
    const live = liveClient(production, employee);
    try {
      expect((await live.run(`{ __typename }`)).data).toEqual({ __typename: 'Query' });
    } finally {
      await live.dispose();
    }
  });

  it('stops reading a document of too many tokens at once, over a live connection and over HTTP', async () => {
    const live = liveClient(production, employee);
    try {
      // 49,000 tokens in 98 KB, under the live connection's 100 KB message limit.
      const refused = await live.run(`{ ${'a '.repeat(49_000)}}`);
      // graphql-js's own wording.
      expect(messages(refused)).toEqual(['Syntax Error: Document contains more that 5000 tokens. Parsing aborted.']);
      expect(refused.ms).toBeLessThan(1_000);
    } finally {
      await live.dispose();
    }
    // 400,000 tokens in 800 KB, under the 1 MB limit of a request's body.
    const overHttp = await post(production, `{ ${'a '.repeat(400_000)}}`, {}, employee);
    expect([overHttp.status, messages(overHttp)]).toEqual([
      400,
      ['Syntax Error: Document contains more that 5000 tokens. Parsing aborted.'],
    ]);
    expect(overHttp.ms).toBeLessThan(1_000);
  });
});
