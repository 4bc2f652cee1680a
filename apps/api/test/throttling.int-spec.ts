import type { ExecutionResult } from 'graphql';
import { expectError } from './support/errors.js';
import { PASSWORD, addMember, signUpOrganization, type Member, type Organization } from './support/fixtures.js';
import { liveClient } from './support/live.js';
import { startTestApi, type GraphQLResponse, type TestApi } from './support/test-app.js';

const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id } } }`;
const WRONG = 'not the right password';

/** A sign-in as a client behind a proxy sends it: with X-Forwarded-For when `forwardedFor` is given. */
async function signIn(api: TestApi, email: string, password: string, forwardedFor?: string): Promise<GraphQLResponse> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
    body: JSON.stringify({ query: LOGIN, variables: { email, password } }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse, 'status'>) };
}

const codeOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.code ?? 'OK';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('throttling sign-in per account, behind a trusted proxy', () => {
  let api: TestApi;
  let organization: Organization;
  // Loopback is the proxy here: X-Forwarded-For names each client. Every address may fail 3 times a minute (and sign up
  // 3 times: one organisation for the whole file, each test with people of its own).
  beforeAll(async () => {
    api = await startTestApi({ trustedProxies: ['127.0.0.1'], loginRateLimit: 3, loginDelayAfter: 10, loginLockoutAfter: 10 });
    organization = await signUpOrganization(api);
  });
  afterAll(() => api.close());

  it('locks an account after 10 failures from 48 addresses, refusing even the right password, while another account signs in', async () => {
    const [target, colleague] = [await addMember(api, organization), await addMember(api, organization)];
    const codes: string[] = [];
    for (let i = 1; i <= 48; i++) {
      codes.push(codeOf(await signIn(api, target.email, WRONG, `203.0.113.${i}`)));
      if (i === 24) expect(codeOf(await signIn(api, colleague.email, PASSWORD, '203.0.113.24'))).toBe('OK');
    }
    expect(codes).toEqual([...Array<string>(10).fill('UNAUTHENTICATED'), ...Array<string>(38).fill('TOO_MANY_REQUESTS')]);

    const refused = await signIn(api, target.email, PASSWORD, '198.51.100.7');
    expectError(refused, 'TOO_MANY_REQUESTS');
    expect(refused.errors![0]!.message).toBe('Too many failed sign-ins for this account: try again in 15 minutes');
    expect(refused.data).toBeNull();
    // Another account, from the very addresses that failed: unaffected.
    expect(codeOf(await signIn(api, colleague.email, PASSWORD, '203.0.113.48'))).toBe('OK');
  });

  it('counts an account by its email whatever its case, and an unknown email like a known one', async () => {
    const { email } = await addMember(api, organization);
    for (let i = 0; i < 10; i++) await signIn(api, i % 2 ? email.toUpperCase() : email, WRONG, `192.0.2.${i}`);
    expect(codeOf(await signIn(api, ` ${email} `, PASSWORD, '192.0.2.99'))).toBe('TOO_MANY_REQUESTS');

    const unknown = 'nobody-here@example.com';
    const answers = [];
    for (let i = 0; i < 11; i++) answers.push(codeOf(await signIn(api, unknown, WRONG, `192.0.2.${100 + i}`)));
    expect(answers).toEqual([...Array<string>(10).fill('UNAUTHENTICATED'), 'TOO_MANY_REQUESTS']);
  });

  it('limits failures per client address, not per proxy: one address refused does not refuse the others', async () => {
    const member = await addMember(api, organization);
    const emails = ['a', 'b', 'c', 'd'].map((name) => `${name}-${member.id}@example.com`);
    const fromOne = [];
    for (const email of emails) fromOne.push(codeOf(await signIn(api, email, WRONG, '198.51.100.1')));
    expect(fromOne).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'TOO_MANY_REQUESTS']);
    const refused = await signIn(api, member.email, PASSWORD, '198.51.100.1');
    expect(refused.errors?.[0]?.message).toMatch(/^Too many failed sign-ins from this address: try again in \d+ seconds$/);
    // The same proxy, another client behind it.
    expect(codeOf(await signIn(api, member.email, PASSWORD, '198.51.100.2'))).toBe('OK');
  });

  it('does not count successful sign-ins against the address', async () => {
    const { email } = await addMember(api, organization);
    for (let i = 0; i < 6; i++) expect(codeOf(await signIn(api, email, PASSWORD, '198.51.100.50'))).toBe('OK');
  });

  it('clears an account’s count when it signs in', async () => {
    const { email } = await addMember(api, organization);
    const codes = [];
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 9; i++) codes.push(codeOf(await signIn(api, email, WRONG, `192.0.2.${round * 10 + i}`)));
      codes.push(codeOf(await signIn(api, email, PASSWORD, '192.0.2.200')));
    }
    expect(codes.filter((code) => code === 'TOO_MANY_REQUESTS')).toEqual([]);
    expect(codes.filter((code) => code === 'OK')).toHaveLength(3);
  });

  it('lets at most the allowed number of attempts at once reach the password check', async () => {
    const { email } = await addMember(api, organization);
    const attempts = await Promise.all(
      Array.from({ length: 30 }, (_, i) => signIn(api, email, i === 29 ? PASSWORD : WRONG, `100.64.0.${i}`)),
    );
    const codes = attempts.map(codeOf);
    expect(codes.filter((code) => code === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(10);
    expect(codes.filter((code) => code === 'TOO_MANY_REQUESTS').length).toBeGreaterThanOrEqual(19);
    expect(codes.every((code) => ['OK', 'UNAUTHENTICATED', 'TOO_MANY_REQUESTS'].includes(code))).toBe(true);
  });
});

describe('the progressive wait and the lockout, with short durations', () => {
  let api: TestApi;
  // Waits: 1 s after the second failure, 2 s after the third; the fourth locks the account for 4 s.
  beforeAll(async () => (api = await startTestApi({ loginDelayAfter: 2, loginLockoutAfter: 4, loginLockoutSeconds: 4 })));
  afterAll(() => api.close());

  it('makes each attempt wait longer, then locks the account until the lockout expires', async () => {
    const organization = await signUpOrganization(api);
    const email = organization.admin.email;
    expect(codeOf(await signIn(api, email, WRONG))).toBe('UNAUTHENTICATED');
    expect(codeOf(await signIn(api, email, WRONG))).toBe('UNAUTHENTICATED');
    const waiting = await signIn(api, email, PASSWORD);
    expectError(waiting, 'TOO_MANY_REQUESTS');
    expect(waiting.errors![0]!.message).toBe('Too many failed sign-ins for this account: try again in 1 second');

    await sleep(1_100);
    expect(codeOf(await signIn(api, email, WRONG))).toBe('UNAUTHENTICATED');
    expect((await signIn(api, email, PASSWORD)).errors?.[0]?.message).toBe(
      'Too many failed sign-ins for this account: try again in 2 seconds',
    );
    await sleep(2_100);
    expect(codeOf(await signIn(api, email, WRONG))).toBe('UNAUTHENTICATED');

    const locked = await signIn(api, email, PASSWORD);
    expect(locked.errors?.[0]?.message).toBe('Too many failed sign-ins for this account: try again in 4 seconds');
    await sleep(2_000);
    expect(codeOf(await signIn(api, email, PASSWORD))).toBe('TOO_MANY_REQUESTS');
    await sleep(2_100);
    expect(codeOf(await signIn(api, email, PASSWORD))).toBe('OK');
    // The lockout over and a success since: a fresh start, two failures before any wait.
    expect(codeOf(await signIn(api, email, WRONG))).toBe('UNAUTHENTICATED');
    expect(codeOf(await signIn(api, email, WRONG))).toBe('UNAUTHENTICATED');
  });
});

describe('guessing the current password through changePassword', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi({ loginDelayAfter: 2, loginLockoutAfter: 4, loginLockoutSeconds: 4 })));
  afterAll(() => api.close());

  it('counts each wrong current password as a failed sign-in of the account: a stolen session guesses no faster', async () => {
    const { admin } = await signUpOrganization(api);
    const change = (currentPassword: string) =>
      api.gql(
        `mutation ($currentPassword: String!, $newPassword: String!) { changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { token } }`,
        { currentPassword, newPassword: 'a brand new passphrase' },
        admin.token,
      );
    expectError(await change(WRONG), 'BAD_USER_INPUT', 'currentPassword');
    expectError(await change(WRONG), 'BAD_USER_INPUT', 'currentPassword');
    // Two failures: the account now waits, for the right password too and for signing in.
    expectError(await change(PASSWORD), 'TOO_MANY_REQUESTS');
    expect(codeOf(await signIn(api, admin.email, PASSWORD))).toBe('TOO_MANY_REQUESTS');
    await sleep(1_100);
    expect(codeOf(await change(PASSWORD))).toBe('OK');
  });
});

describe('X-Forwarded-For from an untrusted connection', () => {
  it.each([
    ['when no proxy is trusted (the default)', []],
    ['when other proxies are trusted', ['10.0.0.1', '192.168.0.0/16']],
  ])('is ignored %s: the connection’s own address is limited', async (_case, trustedProxies) => {
    const api = await startTestApi({ loginRateLimit: 3, trustedProxies });
    try {
      const codes = [];
      for (let i = 0; i < 4; i++) codes.push(codeOf(await signIn(api, `someone-${i}@example.com`, WRONG, `203.0.113.${i}`)));
      expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'TOO_MANY_REQUESTS']);
    } finally {
      await api.close();
    }
  });
});

describe('mutations over a live connection', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi({ mutationRateLimit: 3 })));
  afterAll(() => api.close());

  /** One operation over a new graphql-ws connection signed in as `member`. */
  async function overLive(member: Member, query: string): Promise<ExecutionResult> {
    const client = liveClient(api, `Bearer ${member.token}`);
    try {
      const results = client.iterate({ query });
      const { value } = await results.next();
      await results.return?.();
      return value as ExecutionResult;
    } finally {
      await client.dispose();
    }
  }

  it('are limited per person, not under one key shared by every connection', async () => {
    const organization = await signUpOrganization(api);
    const [ada, bea] = [await addMember(api, organization), await addMember(api, organization)];
    const optOut = `mutation { setLeaderboardOptOut(optOut: true) { id } }`;
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await overLive(ada, optOut)).errors?.[0]?.extensions?.code ?? 'OK');
    expect(codes).toEqual(['OK', 'OK', 'OK', 'TOO_MANY_REQUESTS']);
    const other = await overLive(bea, optOut);
    expect(other.errors).toBeUndefined();
    expect(other.data).toEqual({ setLeaderboardOptOut: { id: bea.id } });
  });
});
