import { PASSWORD, addMember, signUpOrganization } from './support/fixtures.js';
import { queriesDuring } from './support/statements.js';
import { startTestApi, type TestApi } from './support/test-app.js';

const ME = `{ me { id email displayName role points level { number title minPoints nextLevelPoints progress } streakDays team { id } } }`;
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id email role } } }`;
const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { token user { id email role } } }`;

describe('signing up and signing in', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  it('creates an organisation with its first admin and signs them in', async () => {
    const { signUp } = await api.ok(SIGN_UP, {
      input: {
        organizationName: 'Globex Care',
        adminEmail: ' Grace@Globex.example ',
        adminDisplayName: 'Grace',
        adminPassword: PASSWORD,
        timeZone: 'Europe/Paris',
      },
    });
    expect(signUp.user).toMatchObject({ email: 'grace@globex.example', role: 'ADMIN' });
    const { me } = await api.ok(ME, {}, signUp.token);
    expect(me).toMatchObject({
      displayName: 'Grace',
      points: 0,
      streakDays: 0,
      level: { number: 1, title: 'Newcomer', minPoints: 0, nextLevelPoints: 100, progress: 0 },
    });
    const { organization } = await api.ok(`{ organization { name slug timeZone values } }`, {}, signUp.token);
    expect(organization).toEqual({
      name: 'Globex Care',
      slug: 'globex-care',
      timeZone: 'Europe/Paris',
      values: ['Empathy', 'Ownership', 'Going the extra mile'],
    });
  });

  it('reads the signed-in person and their organisation once per request: the shell’s query costs one SQL statement', async () => {
    const organization = await signUpOrganization(api);
    const member = await addMember(api, organization, { name: 'Vera Viewer' });
    const shell = `query Viewer { me { id displayName role points streakDays level { number title } } organization { id name timeZone } }`;
    let data: Record<string, any> = {};
    expect(await queriesDuring(api, async () => (data = await api.ok(shell, {}, member.token)))).toBe(1);
    expect(data).toMatchObject({
      me: { id: member.id, displayName: 'Vera Viewer', role: 'EMPLOYEE' },
      organization: { id: organization.id },
    });
  });

  it('refuses a token once it expired, though it was accepted (and its signature checked) before', async () => {
    const shortLived = await startTestApi({ jwtTtl: '1s' });
    try {
      const organization = await signUpOrganization(shortLived);
      expect((await shortLived.ok(`{ me { id } }`, {}, organization.admin.token)).me.id).toBe(organization.admin.id);
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      const refused = await shortLived.gql(`{ me { id } }`, {}, organization.admin.token);
      expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await shortLived.close();
    }
  });

  it('gives a second organisation of the same name its own slug', async () => {
    const input = { organizationName: 'Same Name', adminDisplayName: 'A', adminPassword: PASSWORD };
    const first = await api.ok(SIGN_UP, { input: { ...input, adminEmail: 'first@same.example' } });
    const second = await api.ok(SIGN_UP, { input: { ...input, adminEmail: 'second@same.example' } });
    const slugs = await Promise.all(
      [first, second].map(async ({ signUp }) => (await api.ok(`{ organization { slug } }`, {}, signUp.token)).organization.slug),
    );
    expect(slugs[0]).toBe('same-name');
    expect(slugs[1]).toMatch(/^same-name-[0-9a-f]{6}$/);
  });

  it('refuses an email that already has an account, naming the field but not the account', async () => {
    const input = { organizationName: 'Dupe Co', adminEmail: 'dupe@example.com', adminDisplayName: 'D', adminPassword: PASSWORD };
    await api.ok(SIGN_UP, { input });
    const again = await api.gql(SIGN_UP, { input: { ...input, adminEmail: 'DUPE@example.com' } });
    expect(again.errors?.[0]).toMatchObject({
      message: 'This email address cannot be used for a new organisation: use another, or sign in if you already have an account',
      extensions: { code: 'BAD_USER_INPUT', field: 'adminEmail' },
    });
    expect(await api.sql(`SELECT 1 FROM organizations WHERE name = 'Dupe Co'`)).toHaveLength(1);
  });

  it.each([
    ['unknown anywhere', 'Mars/Base'],
    ['known to Node but no longer to PostgreSQL, where every period is computed', 'US/Pacific-New'],
  ])('refuses a time zone %s, and creates nothing', async (_case, timeZone) => {
    const organizations = await api.sql('SELECT count(*)::int AS count FROM organizations');
    const result = await api.gql(SIGN_UP, {
      input: { organizationName: 'Mars Support', adminEmail: 'mars@example.com', adminDisplayName: 'M', adminPassword: PASSWORD, timeZone },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'timeZone' });
    expect(await api.sql('SELECT count(*)::int AS count FROM organizations')).toEqual(organizations);
  });

  it('signs in with email and password, whatever the email case', async () => {
    const organization = await signUpOrganization(api);
    const { login } = await api.ok(LOGIN, { email: organization.admin.email.toUpperCase(), password: PASSWORD });
    expect(login.user.id).toBe(organization.admin.id);
    expect((await api.ok(ME, {}, login.token)).me.id).toBe(organization.admin.id);
  });

  it('refuses a wrong password or an unknown email with the same message', async () => {
    const organization = await signUpOrganization(api);
    const wrongPassword = await api.gql(LOGIN, { email: organization.admin.email, password: 'not the password' });
    const unknownEmail = await api.gql(LOGIN, { email: 'nobody@example.com', password: PASSWORD });
    for (const result of [wrongPassword, unknownEmail]) {
      expect(result.errors?.[0]).toMatchObject({ message: 'Email or password is incorrect', extensions: { code: 'UNAUTHENTICATED' } });
    }
  });

  it('stores passwords hashed, never as typed', async () => {
    const organization = await signUpOrganization(api);
    const [row] = await api.sql<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = $1', [organization.admin.id]);
    expect(row!.password_hash).toMatch(/^scrypt\$/);
    expect(row!.password_hash).not.toContain(PASSWORD);
  });

  it('refuses missing, malformed and forged tokens', async () => {
    const organization = await signUpOrganization(api);
    const forged = `${organization.admin.token.slice(0, -4)}AAAA`;
    for (const token of [undefined, 'not-a-jwt', forged]) {
      const result = await api.gql(ME, {}, token);
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(result.data).toBeNull();
    }
  });

  it('lets a new member sign in with the password the admin set', async () => {
    const organization = await signUpOrganization(api);
    const member = await addMember(api, organization);
    expect((await api.ok(ME, {}, member.token)).me).toMatchObject({ id: member.id, role: 'EMPLOYEE' });
  });
});

describe('with sign-up turned off', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi({ allowSignUp: false })));
  afterAll(() => api.close());

  it('refuses sign-up and creates nothing', async () => {
    const result = await api.gql(SIGN_UP, {
      input: { organizationName: 'Closed', adminEmail: 'closed@example.com', adminDisplayName: 'C', adminPassword: PASSWORD },
    });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(result.errors?.[0]?.message).toMatch(/Sign-up is turned off/);
    expect(await api.sql('SELECT 1 FROM organizations')).toHaveLength(0);
  });
});

describe('rate limits', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi({ loginRateLimit: 3, mutationRateLimit: 5 })));
  afterAll(() => api.close());

  it('refuses any sign-in from an address after its third failure within a minute', async () => {
    const organization = await signUpOrganization(api);
    const attempts = [];
    for (let i = 0; i < 3; i++) attempts.push(await api.gql(LOGIN, { email: organization.admin.email, password: 'wrong password' }));
    expect(attempts.map((attempt) => attempt.errors?.[0]?.extensions?.code)).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
    ]);
    const blocked = await api.gql(LOGIN, { email: organization.admin.email, password: PASSWORD });
    expect(blocked.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^Too many failed sign-ins from this address: try again in \d+ seconds$/),
      extensions: { code: 'TOO_MANY_REQUESTS' },
    });
  });

  it('limits each mutation, never queries', async () => {
    const organization = await signUpOrganization(api);
    const rename = `mutation { setOrganizationValues(values: ["Care"]) { values } }`;
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await api.gql(rename, {}, organization.admin.token));
    expect(results.slice(0, 5).every((result) => !result.errors)).toBe(true);
    expect(results[5]!.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    for (let i = 0; i < 10; i++) expect((await api.gql(ME, {}, organization.admin.token)).errors).toBeUndefined();
  });
});
