import { expectError } from './support/errors.js';
import { PASSWORD, addMember, signUpOrganization, type Member, type Organization } from './support/fixtures.js';
import { LiveSubscription, liveClient, ready, settle } from './support/live.js';
import { startTestApi, type GraphQLResponse, type TestApi } from './support/test-app.js';

const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;
const ME = `{ me { id } }`;
const STORY = `mutation ($input: PostSuccessStoryInput!) { postSuccessStory(input: $input) { id } }`;
const CELEBRATION_ADDED = `subscription { celebrationAdded { id title } }`;

interface Answer extends GraphQLResponse {
  /** The Set-Cookie headers of the response. */
  readonly cookies: string[];
}

/** A GraphQL request over HTTP with exactly these headers, as a browser (or a forger) would send it. */
async function post(api: TestApi, query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<Answer> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  const body = (text.startsWith('{') ? JSON.parse(text) : {}) as Omit<GraphQLResponse, 'status'>;
  return { status: response.status, ...body, cookies: response.headers.getSetCookie() };
}

/** "name=value" of the session cookie a response set, as a browser sends it back. */
function sent(answer: Answer): string {
  const [cookie] = answer.cookies;
  if (!cookie) throw new Error(`no cookie was set: ${JSON.stringify(answer)}`);
  return cookie.split(';')[0]!;
}

describe('the portal’s session cookie', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi({ publicUrl: 'https://laurels.example' })));
  afterAll(() => api.close());

  const signIn = (member: Member) => post(api, LOGIN, { email: member.email, password: PASSWORD }, {});
  async function someone(): Promise<{ organization: Organization; member: Member }> {
    const organization = await signUpOrganization(api);
    return { organization, member: await addMember(api, organization, { name: 'Cora Cookie' }) };
  }

  describe('over HTTP', () => {
    it('is set by login, signUp and changePassword, httpOnly, SameSite=Lax, Secure, for the whole site and until the token expires', async () => {
      const { member } = await someone();
      const login = await signIn(member);
      const signUp = await post(
        api,
        `mutation ($input: SignUpInput!) { signUp(input: $input) { token } }`,
        {
          input: {
            organizationName: 'Cookie Corner',
            adminEmail: 'chef@cookie.example',
            adminDisplayName: 'Chef',
            adminPassword: PASSWORD,
          },
        },
        {},
      );
      const changed = await post(
        api,
        `mutation { changePassword(currentPassword: "${PASSWORD}", newPassword: "another good passphrase") { token } }`,
        {},
        { cookie: sent(login) },
      );
      for (const [answer, token] of [
        [login, login.data!.login.token],
        [signUp, signUp.data!.signUp.token],
        [changed, changed.data!.changePassword.token],
      ] as const) {
        expect(answer.cookies).toHaveLength(1);
        const [pair, ...attributes] = answer.cookies[0]!.split('; ');
        expect(pair).toBe(`__Host-laurels_session=${token}`);
        expect(attributes.filter((attribute) => !attribute.startsWith('Expires=')).sort()).toEqual([
          'HttpOnly',
          'Path=/',
          'SameSite=Lax',
          'Secure',
        ]);
        const expires = new Date(attributes.find((attribute) => attribute.startsWith('Expires='))!.slice('Expires='.length));
        expect(Math.abs(expires.getTime() - (Date.now() + 60 * 60 * 1000))).toBeLessThan(5_000);
      }
    });

    it('is neither Secure nor __Host- prefixed when PUBLIC_URL is this machine over http', async () => {
      for (const publicUrl of ['http://localhost:3000', 'http://127.0.0.1:8080']) {
        const local = await startTestApi({ publicUrl });
        try {
          const organization = await signUpOrganization(local);
          const answer = await post(local, LOGIN, { email: organization.admin.email, password: PASSWORD }, {});
          expect(answer.cookies[0]).toMatch(/^laurels_session=[^;]+; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Lax$/);
        } finally {
          await local.close();
        }
      }
    });

    it('signs in every request that sends it back, until signOut clears it and ends the sign-in', async () => {
      const { member } = await someone();
      const cookie = sent(await signIn(member));
      expect((await post(api, ME, {}, { cookie })).data).toEqual({ me: { id: member.id } });

      const signOut = await post(api, `mutation { signOut }`, {}, { cookie });
      expect(signOut.data).toEqual({ signOut: true });
      expect(signOut.cookies).toHaveLength(1);
      expect(signOut.cookies[0]).toMatch(/^__Host-laurels_session=; .*Expires=Thu, 01 Jan 1970 00:00:00 GMT/);
      // A browser that kept it anyway is refused.
      expectError(await post(api, ME, {}, { cookie }), 'UNAUTHENTICATED');
    });

    it('gives way to an Authorization header, which is never second-guessed by the cookie', async () => {
      const { member } = await someone();
      const other = (await someone()).member;
      const cookie = sent(await signIn(member));
      expect((await post(api, ME, {}, { cookie, authorization: `Bearer ${other.token}` })).data).toEqual({ me: { id: other.id } });
      expectError(await post(api, ME, {}, { cookie, authorization: 'Basic c29tZW9uZQ==' }), 'UNAUTHENTICATED');
    });

    it('cannot be used by another site’s form or link: CSRF prevention refuses simple requests, whatever cookie they carry', async () => {
      const { member } = await someone();
      const cookie = sent(await signIn(member));
      const form = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', cookie },
        body: JSON.stringify({ query: `mutation { signOut }` }),
      });
      expect(form.status).toBe(400);
      const link = await fetch(`${api.url}/graphql?query=${encodeURIComponent(ME)}`, { headers: { cookie } });
      expect(link.status).toBe(400);
      expect((await post(api, ME, {}, { cookie })).data).toEqual({ me: { id: member.id } });
    });
  });

  describe('over a live connection', () => {
    const open: LiveSubscription<{ id: string; title: string }>[] = [];
    afterEach(async () => {
      await Promise.all(open.splice(0).map((subscription) => subscription.close()));
    });

    function subscribeWith(authorization: string | null, headers: Record<string, string>) {
      const subscription = new LiveSubscription<{ id: string; title: string }>(liveClient(api, authorization, headers), CELEBRATION_ADDED);
      open.push(subscription);
      return subscription;
    }

    it('signs in the upgrade request of a page of PUBLIC_URL, or of the host it was sent to, by its cookie', async () => {
      const { organization, member } = await someone();
      const cookie = sent(await signIn(member));
      for (const origin of ['https://laurels.example', api.url]) {
        const subscription = subscribeWith(null, { cookie, origin });
        await ready(api, subscription, { organizationId: organization.id });
        await api.ok(STORY, { input: { title: `Seen from ${origin}`, body: 'Live.', userIds: [member.id] } }, organization.admin.token);
        expect((await subscription.next(1)).map((celebration) => celebration.title)).toEqual([`Seen from ${origin}`]);
      }
    });

    it.each([
      ['another site', { origin: 'https://evil.example' }],
      ['a look-alike of PUBLIC_URL', { origin: 'https://laurels.example.evil.example' }],
      ['no Origin at all', {}],
    ])('refuses (4403) an upgrade signed in by cookie from %s: no cross-site WebSocket hijacking', async (_case, headers) => {
      const { organization, member } = await someone();
      const cookie = sent(await signIn(member));
      const subscription = subscribeWith(null, { cookie, ...headers });
      expect(await subscription.client.closed).toEqual({ code: 4403, reason: 'Forbidden' });
      await api.ok(STORY, { input: { title: 'Not for hijackers', body: 'Secret.', userIds: [member.id] } }, organization.admin.token);
      await settle();
      expect(subscription.received).toEqual([]);
    });

    it('takes a bearer token from any origin: API clients hold their token, which no other site can read', async () => {
      const { organization, member } = await someone();
      const subscription = subscribeWith(`Bearer ${member.token}`, { origin: 'https://dashboard.partner.example' });
      await ready(api, subscription, { organizationId: organization.id });
    });
  });
});
