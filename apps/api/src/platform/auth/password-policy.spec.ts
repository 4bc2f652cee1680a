import { InvalidInputError } from '@laurels/domain';
import { assertStrongPassword, type PasswordOwner } from './password-policy.js';

const GRACE: PasswordOwner = { email: 'grace.hopper@globex.example', displayName: 'Grace Hopper', organizationName: 'Globex Care' };

async function refusal(password: string, owner: PasswordOwner = GRACE): Promise<InvalidInputError | null> {
  try {
    await assertStrongPassword('password', password, owner);
    return null;
  } catch (error) {
    if (error instanceof InvalidInputError) return error;
    throw error;
  }
}

describe('the password policy', () => {
  it.each([
    ['a heavily used password', 'password', /heavily used password/],
    ['digits in order', '12345678', /used password|sequences/i],
    ['eight spaces', ' '.repeat(8), /Repeated characters/],
    ['a keyboard row', 'qwertyuiop', /used password/],
    ['the email itself', GRACE.email, /personal/],
    ['the name with a digit', 'GraceHopper1', /personal/],
  ])('refuses %s, saying why, on the field', async (_case, password, why) => {
    const error = await refusal(password);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error!.field).toBe('password');
    expect(error!.message).toMatch(/^This password is too easy to guess\. /);
    expect(error!.message).toMatch(why);
  });

  it('refuses a password built from the organisation’s name', async () => {
    expect(await refusal('globexcare', GRACE)).toBeInstanceOf(InvalidInputError);
  });

  it.each([
    ['too short', 'Xq7#', /8 to 200 characters/],
    ['too long', 'x'.repeat(201), /8 to 200 characters/],
  ])('refuses a password %s', async (_case, password, why) => {
    expect((await refusal(password))?.message).toMatch(why);
  });

  it.each([
    [
      'the demo seed’s',
      'laurels-demo',
      { email: 'admin@northwind.example', displayName: 'Avery Collins', organizationName: 'Northwind Support' },
    ],
    [
      'the tests’',
      'correct horse battery',
      { email: 'admin-1a2b3c4d@example.com', displayName: 'Ada Admin', organizationName: 'Acme 1a2b3c4d' },
    ],
    [
      'seed:scale’s test',
      'scale-test-password',
      { email: 'admin@scale.example', displayName: 'Robin Castellano', organizationName: 'Scale Support' },
    ],
    ['the other tests’', 'a long password', { email: 'new-person@example.com', displayName: 'New Person' }],
    ['a passphrase', 'blue harbour lantern', GRACE],
  ])('accepts %s password', async (_case, password, owner) => {
    expect(await refusal(password, owner)).toBeNull();
  });
});
