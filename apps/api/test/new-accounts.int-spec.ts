import { expectError } from './support/errors.js';
import { PASSWORD, addMember, signUpOrganization, type Organization } from './support/fixtures.js';
import { startTestApi, type GraphQLResponse, type TestApi } from './support/test-app.js';

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { token user { id } } }`;
const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`;

/** A sign-up as sent by a client behind the trusted proxy at `forwardedFor`. */
async function signUpFrom(api: TestApi, forwardedFor: string, input: Record<string, unknown>): Promise<GraphQLResponse> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ query: SIGN_UP, variables: { input } }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse, 'status'>) };
}

const newOrganization = (adminEmail: string, adminPassword = PASSWORD) => ({
  organizationName: 'Tailspin Help Desk',
  adminEmail,
  adminDisplayName: 'Marguerite Okonkwo',
  adminPassword,
});

const count = async (api: TestApi, table: 'organizations' | 'users') =>
  (await api.sql<{ count: number }>(`SELECT count(*)::int AS count FROM ${table}`))[0]!.count;

describe('the password policy, wherever a password is set', () => {
  let api: TestApi;
  let organization: Organization;
  beforeAll(async () => {
    api = await startTestApi();
    organization = await signUpOrganization(api);
  });
  afterAll(() => api.close());

  it.each([
    ['a heavily used password', 'password', /heavily used password/],
    ['digits in order', '12345678', /used password|sequences/],
    ['eight spaces', ' '.repeat(8), /Repeated characters/],
    ['the email itself', 'marguerite@tailspin.example', /personal/],
    ['the name run together', 'MargueriteOkonkwo', /personal/],
    ['the organisation’s name', 'tailspinhelpdesk', /personal/],
  ])('sign-up refuses %s on adminPassword, saying why, and creates nothing', async (_case, password, why) => {
    const organizations = await count(api, 'organizations');
    const result = await api.gql(SIGN_UP, { input: newOrganization('marguerite@tailspin.example', password) });
    expectError(result, 'BAD_USER_INPUT', 'adminPassword');
    expect(result.errors![0]!.message).toMatch(/^This password is too easy to guess\. /);
    expect(result.errors![0]!.message).toMatch(why);
    expect(await count(api, 'organizations')).toBe(organizations);
  });

  it.each([
    ['a heavily used password', 'password1'],
    ['the person’s own name', 'Rosalind Achterberg'],
    ['their email', 'rosalind@example.com'],
  ])('createUser refuses %s on password, and adds nobody', async (_case, password) => {
    const users = await count(api, 'users');
    const result = await api.gql(
      CREATE_USER,
      { input: { email: 'rosalind@example.com', displayName: 'Rosalind Achterberg', password, role: 'EMPLOYEE' } },
      organization.admin.token,
    );
    expectError(result, 'BAD_USER_INPUT', 'password');
    expect(result.errors![0]!.message).toMatch(/^This password is too easy to guess\. /);
    expect(await count(api, 'users')).toBe(users);
  });

  it('accepts a passphrase, and the person signs in with it', async () => {
    const passphrase = 'harbour lantern quietly';
    await api.ok(
      CREATE_USER,
      { input: { email: 'tomas@example.com', displayName: 'Tomas Ruiz', password: passphrase, role: 'EMPLOYEE' } },
      organization.admin.token,
    );
    const { login } = await api.ok(`mutation { login(email: "tomas@example.com", password: "${passphrase}") { token } }`);
    expect(login.token).toEqual(expect.any(String));
  });
});

describe('an email already in use', () => {
  let api: TestApi;
  // Loopback is the proxy: X-Forwarded-For tells one stranger from another.
  beforeAll(async () => (api = await startTestApi({ trustedProxies: ['127.0.0.1'] })));
  afterAll(() => api.close());

  it('is refused at sign-up without saying that it has an account, or where', async () => {
    const globex = await signUpOrganization(api, 'Globex Secret Division');
    const result = await signUpFrom(api, '198.51.100.10', newOrganization(globex.admin.email));
    expectError(result, 'BAD_USER_INPUT', 'adminEmail');
    expect(result.errors![0]!.message).toBe(
      'This email address cannot be used for a new organisation: use another, or sign in if you already have an account',
    );
  });

  it('is named as a colleague to an admin adding someone of their own organisation, and refused neutrally when it is another’s', async () => {
    const [ours, theirs] = [await signUpOrganization(api), await signUpOrganization(api, 'Initech Confidential')];
    const colleague = await addMember(api, ours);
    const stranger = await addMember(api, theirs);
    const add = (email: string) =>
      api.gql(CREATE_USER, { input: { email, displayName: 'Someone New', password: PASSWORD, role: 'EMPLOYEE' } }, ours.admin.token);

    const mine = await add(colleague.email);
    expectError(mine, 'BAD_USER_INPUT', 'email');
    expect(mine.errors![0]!.message).toBe(`${colleague.email} is already a member of this organisation`);

    const elsewhere = await add(stranger.email);
    expectError(elsewhere, 'BAD_USER_INPUT', 'email');
    expect(elsewhere.errors![0]!.message).toBe('This email address cannot be used for a new account: ask the person for another');
    expect(await api.sql('SELECT 1 FROM users WHERE email = $1', [stranger.email])).toHaveLength(1);
  });

  it('may be tried ten times an hour from one address; then that address may not sign up at all, others still may', async () => {
    const taken = await signUpOrganization(api);
    const answers = [];
    for (let i = 0; i < 11; i++) {
      const result = await signUpFrom(api, '203.0.113.66', newOrganization(taken.admin.email.toUpperCase()));
      answers.push(result.errors?.[0]?.extensions?.code);
    }
    expect(answers).toEqual([...Array<string>(10).fill('BAD_USER_INPUT'), 'TOO_MANY_REQUESTS']);

    // A free email from the same address gets the same refusal: it cannot be told apart from a taken one.
    const fresh = await signUpFrom(api, '203.0.113.66', newOrganization('someone-new@tailspin.example'));
    expectError(fresh, 'TOO_MANY_REQUESTS');
    expect(fresh.errors![0]!.message).toBe('Too many attempts with email addresses that cannot be used: try again in 60 minutes');
    expect(await api.sql('SELECT 1 FROM users WHERE email = $1', ['someone-new@tailspin.example'])).toHaveLength(0);

    const elsewhere = await signUpFrom(api, '203.0.113.67', newOrganization('someone-new@tailspin.example'));
    expect(elsewhere.errors).toBeUndefined();
  });

  it('may be tried ten times an hour by one organisation’s admins, counting other organisations’ emails only', async () => {
    const [ours, theirs, bystander] = [await signUpOrganization(api), await signUpOrganization(api), await signUpOrganization(api)];
    const colleague = await addMember(api, ours);
    const strangers = [];
    for (let i = 0; i < 11; i++) strangers.push(await addMember(api, theirs));
    const add = (admin: Organization, email: string) =>
      api.gql(CREATE_USER, { input: { email, displayName: 'Someone New', password: PASSWORD, role: 'EMPLOYEE' } }, admin.admin.token);

    for (let i = 0; i < 3; i++) expectError(await add(ours, colleague.email), 'BAD_USER_INPUT', 'email');
    const codes = [];
    for (const stranger of strangers) codes.push((await add(ours, stranger.email)).errors?.[0]?.extensions?.code);
    expect(codes).toEqual([...Array<string>(10).fill('BAD_USER_INPUT'), 'TOO_MANY_REQUESTS']);
    expectError(await add(ours, `fresh-${ours.id}@example.com`), 'TOO_MANY_REQUESTS');

    expect((await add(bystander, `fresh-${bystander.id}@example.com`)).errors).toBeUndefined();
  });
});
