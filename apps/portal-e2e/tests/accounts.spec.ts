import { expect, type BrowserContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD, navigate, signIn, snapshotAtBothSizes, test } from './support';

/** What a page's own scripts can see of its sign-in: nothing in storage, no session cookie. */
async function expectNoTokenInThePage(page: Page): Promise<void> {
  const visible = await page.evaluate(() => ({
    localStorage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
    cookies: document.cookie,
  }));
  expect(visible).toEqual({ localStorage: [], sessionStorage: [], cookies: '' });
}

/** The browser's session cookie, which only the server reads. */
async function sessionCookie(context: BrowserContext) {
  return (await context.cookies()).find((cookie) => cookie.name === 'laurels_session');
}

async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Work email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('a person signs in, changes their password (their other browser is signed out) and signs out; no token is ever in the page', async ({
  browser,
}, testInfo) => {
  const newPassword = 'a much better passphrase';
  const mine = await browser.newContext();
  const other = await browser.newContext();
  const page = await mine.newPage();
  const elsewhere = await other.newPage();

  await signIn(page, 'diego@northwind.example');
  await signIn(elsewhere, 'diego@northwind.example');
  await expectNoTokenInThePage(page);
  expect(await sessionCookie(mine)).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });

  await navigate(page, 'Settings');
  await expect(page.getByRole('heading', { name: 'Your password' })).toBeVisible();
  await page.getByLabel('Current password').fill('not my password');
  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await page.getByLabel('New password again').fill(newPassword);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByLabel('Current password')).toHaveAccessibleDescription('The current password is not right');
  await snapshotAtBothSizes(page, testInfo, '01-wrong-current-password');

  await page.getByLabel('Current password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Password changed. You are still signed in here, and signed out everywhere else.')).toBeVisible();
  await snapshotAtBothSizes(page, testInfo, '02-password-changed');
  await expectNoTokenInThePage(page);

  // This browser stays signed in; the other one was signed out.
  await navigate(page, 'Leaderboard');
  await expect(page.getByRole('heading', { name: 'Leaderboard', level: 1 })).toBeVisible();
  await navigate(elsewhere, 'Leaderboard');
  await expect(elsewhere.getByLabel('Work email')).toBeVisible();
  await expect(elsewhere).toHaveURL(/\/sign-in\?next=%2Fleaderboard$/);

  // Signing out, here from a phone's menu, ends the sign-in and the cookie with it.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('button', { name: 'Open menu' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeInViewport();
  await page.screenshot({ path: testInfo.outputPath('03-menu-with-sign-out-390x844.png'), animations: 'disabled' });
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByLabel('Work email')).toBeVisible();
  expect(await sessionCookie(mine)).toBeUndefined();
  await page.goto('/badges');
  await expect(page.getByLabel('Work email')).toBeVisible();
  await page.setViewportSize({ width: 1366, height: 900 });

  await submitSignIn(page, 'diego@northwind.example', DEMO_PASSWORD);
  await expect(page.getByRole('alert')).toHaveText('Email or password is incorrect');
  await submitSignIn(page, 'diego@northwind.example', newPassword);
  await expect(page.getByRole('heading', { name: 'Continue learning' })).toBeVisible();
  await expectNoTokenInThePage(page);

  await mine.close();
  await other.close();
});

test('an admin deactivates someone, whose open page is signed out at once and who cannot sign in until reactivated', async ({
  browser,
}, testInfo) => {
  const adminContext = await browser.newContext();
  const zoeContext = await browser.newContext();
  const admin = await adminContext.newPage();
  const zoe = await zoeContext.newPage();

  // Zoe has the feed open, live.
  await signIn(zoe, 'zoe@northwind.example');
  await navigate(zoe, 'Feed');
  await expect(zoe.getByRole('status').filter({ hasText: /^Live$/ })).toBeVisible();

  await signIn(admin, 'admin@northwind.example');
  await navigate(admin, 'People');
  const access = admin.getByRole('region', { name: 'Directory' });
  await access.getByLabel('Find someone').fill('zoe');
  await expect(access.getByText(/^1 person active matching/)).toBeVisible();
  await expect(access.getByRole('button', { name: 'Deactivate Avery Collins' })).toHaveCount(0);
  await snapshotAtBothSizes(admin, testInfo, '03-people-directory');
  await access.getByRole('button', { name: /^Deactivate Zoe/ }).click();
  const dialog = admin.getByRole('dialog', { name: /^Deactivate Zoe .*\?$/ });
  await expect(dialog).toBeVisible();
  await snapshotAtBothSizes(admin, testInfo, '04-confirm-deactivation', { fullPage: false });
  await dialog.getByRole('button', { name: 'Deactivate' }).click();
  await expect(access.getByText(/^Zoe .* was deactivated and signed out everywhere\.$/)).toBeVisible();
  await expect(dialog).toBeHidden();

  // Her open page lost its live connection at once, and her next step asks her to sign in.
  await expect(zoe.getByRole('status').filter({ hasText: 'Not live: reload the page' })).toBeVisible();
  await navigate(zoe, 'Badges');
  await expect(zoe.getByLabel('Work email')).toBeVisible();
  await submitSignIn(zoe, 'zoe@northwind.example', DEMO_PASSWORD);
  await expect(zoe.getByRole('alert')).toHaveText('This account was deactivated: ask an admin of your organisation');
  await snapshotAtBothSizes(zoe, testInfo, '05-deactivated-sign-in');

  // The admin finds her among the deactivated people.
  await access.getByLabel('Find someone').fill('');
  await access.getByRole('radio', { name: 'Deactivated' }).check({ force: true });
  const row = access.getByRole('listitem').filter({ hasText: 'zoe@northwind.example' });
  await expect(row).toContainText('Deactivated');
  await snapshotAtBothSizes(admin, testInfo, '06-deactivated-people');

  await row.getByRole('button', { name: /^Reactivate Zoe/ }).click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Reactivate' }).click();
  await expect(access.getByText(/^Zoe .* can sign in again\.$/)).toBeVisible();
  await submitSignIn(zoe, 'zoe@northwind.example', DEMO_PASSWORD);
  await expect(zoe.getByRole('heading', { name: 'Continue learning' })).toBeVisible();

  await adminContext.close();
  await zoeContext.close();
});
