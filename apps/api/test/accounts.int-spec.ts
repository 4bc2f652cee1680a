import { decodeJwt } from 'jose';
import { expectError } from './support/errors.js';
import { PASSWORD, addMember, signUpOrganization, type Member } from './support/fixtures.js';
import { startTestApi, type TestApi } from './support/test-app.js';

const ME = `{ me { id } }`;
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id } } }`;
const SIGN_OUT = `mutation { signOut }`;
const CHANGE_PASSWORD = `mutation ($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { token user { id } }
}`;
const NEW_PASSWORD = 'a brand new passphrase';

describe('signing out and changing the password', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  const signIn = async (email: string, password = PASSWORD) =>
    (await api.ok<{ login: { token: string } }>(LOGIN, { email, password })).login.token;
  const works = async (token: string) => !(await api.gql(ME, {}, token)).errors;

  async function someone(): Promise<Member> {
    return addMember(api, await signUpOrganization(api), { name: 'Sia Session' });
  }

  describe('signOut', () => {
    it('ends the sign-in it is sent with at once, and no other of the same person', async () => {
      const member = await someone();
      const elsewhere = await signIn(member.email);
      expect(await works(member.token)).toBe(true);

      expect(await api.ok(SIGN_OUT, {}, member.token)).toEqual({ signOut: true });
      const refused = await api.gql(ME, {}, member.token);
      expectError(refused, 'UNAUTHENTICATED');
      expect(refused.errors![0]!.message).toBe('This sign-in has ended: sign in again');
      expect(await works(elsewhere)).toBe(true);
      // Signing in again begins a new sign-in.
      expect(await works(await signIn(member.email))).toBe(true);
    });

    it('is refused as UNAUTHENTICATED without a sign-in, or with one that already ended', async () => {
      const member = await someone();
      expectError(await api.gql(SIGN_OUT), 'UNAUTHENTICATED');
      await api.ok(SIGN_OUT, {}, member.token);
      expectError(await api.gql(SIGN_OUT, {}, member.token), 'UNAUTHENTICATED');
    });

    it('keeps the ended sign-in’s row until its person signs in again, which clears it away', async () => {
      const member = await someone();
      const sessionOf = (token: string) => decodeJwt(token).jti!;
      await api.ok(SIGN_OUT, {}, member.token);
      expect(await api.sql('SELECT revoked_at IS NOT NULL AS ended FROM sessions WHERE id = $1', [sessionOf(member.token)])).toEqual([
        { ended: true },
      ]);
      const again = await signIn(member.email);
      expect(await api.sql('SELECT id FROM sessions WHERE user_id = $1', [member.id])).toEqual([{ id: sessionOf(again) }]);
    });
  });

  describe('changePassword', () => {
    it('sets the new password, ends every other sign-in of the person and keeps this one, with a fresh token', async () => {
      const member = await someone();
      const [phone, laptop] = [await signIn(member.email), await signIn(member.email)];
      const other = await addMember(api, await signUpOrganization(api), { name: 'Oli Other' });

      const { changePassword } = await api.ok<{ changePassword: { token: string; user: { id: string } } }>(
        CHANGE_PASSWORD,
        { currentPassword: PASSWORD, newPassword: NEW_PASSWORD },
        member.token,
      );
      expect(changePassword.user.id).toBe(member.id);
      expect(decodeJwt(changePassword.token).jti).toBe(decodeJwt(member.token).jti);
      expect(await works(member.token)).toBe(true);
      expect(await works(changePassword.token)).toBe(true);
      expect(await works(phone)).toBe(false);
      expect(await works(laptop)).toBe(false);
      // Nobody else's sign-in moved.
      expect(await works(other.token)).toBe(true);

      expectError(await api.gql(LOGIN, { email: member.email, password: PASSWORD }), 'UNAUTHENTICATED');
      expect(await works(await signIn(member.email, NEW_PASSWORD))).toBe(true);
    });

    it('refuses a wrong current password as BAD_USER_INPUT on currentPassword, changing nothing', async () => {
      const member = await someone();
      const elsewhere = await signIn(member.email);
      const refused = await api.gql(CHANGE_PASSWORD, { currentPassword: 'not my password', newPassword: NEW_PASSWORD }, member.token);
      expectError(refused, 'BAD_USER_INPUT', 'currentPassword');
      expect(refused.errors![0]!.message).toBe('The current password is not right');
      expect(await works(elsewhere)).toBe(true);
      expect(await works(await signIn(member.email, PASSWORD))).toBe(true);
      expectError(await api.gql(LOGIN, { email: member.email, password: NEW_PASSWORD }), 'UNAUTHENTICATED');
    });

    it.each([
      ['too short', { currentPassword: PASSWORD, newPassword: 'short' }, 'newPassword'],
      ['the current one', { currentPassword: PASSWORD, newPassword: PASSWORD }, 'newPassword'],
      ['easy to guess', { currentPassword: PASSWORD, newPassword: 'password123' }, 'newPassword'],
      ['over 200 characters', { currentPassword: PASSWORD, newPassword: 'x'.repeat(201) }, 'newPassword'],
      ['a current one over 200 characters', { currentPassword: 'x'.repeat(201), newPassword: NEW_PASSWORD }, 'currentPassword'],
    ])('refuses a new password that is %s as BAD_USER_INPUT naming the field', async (_case, variables, field) => {
      const member = await someone();
      expectError(await api.gql(CHANGE_PASSWORD, variables, member.token), 'BAD_USER_INPUT', field);
      expect(await works(await signIn(member.email, PASSWORD))).toBe(true);
    });

    it('is refused as UNAUTHENTICATED without a sign-in', async () => {
      expectError(await api.gql(CHANGE_PASSWORD, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD }), 'UNAUTHENTICATED');
    });

    it('takes two changes at once in turn: the second must prove the password the first set', async () => {
      const member = await someone();
      const results = await Promise.all(
        ['first new passphrase', 'second new passphrase'].map((newPassword) =>
          api.gql(CHANGE_PASSWORD, { currentPassword: PASSWORD, newPassword }, member.token),
        ),
      );
      expect(results.filter((result) => !result.errors)).toHaveLength(1);
      const refused = results.find((result) => result.errors)!;
      expectError(refused, 'BAD_USER_INPUT', 'currentPassword');
    });
  });
});
