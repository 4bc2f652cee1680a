import { expect } from '@playwright/test';
import { DEMO_PASSWORD, navigate, signIn, test } from './support';

test('a sign-in the server no longer accepts leads to the sign-in form, once, and signing in again comes back', async ({ page }) => {
  await signIn(page, 'ava@northwind.example');
  // What an expired or ended sign-in looks like to the server: a session cookie it no longer takes.
  await page.context().addCookies([{ name: 'laurels_session', value: 'no-longer-valid', url: new URL(page.url()).origin }]);
  const graphqlRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql')) graphqlRequests.push(request.url());
  });

  await navigate(page, 'Leaderboard');
  await expect(page.getByLabel('Work email')).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
  // It stays there: no loop of pages and refused requests.
  const settled = graphqlRequests.length;
  await page.waitForTimeout(1_500);
  expect(graphqlRequests.length).toBe(settled);

  await expect(page).toHaveURL(/\/sign-in\?next=%2Fleaderboard$/);
  await page.getByLabel('Work email').fill('ava@northwind.example');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Leaderboard', level: 1 })).toBeVisible();
});

test('a full load of a page leaves the console quiet: no router warning while its chunk loads', async ({ page }) => {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (['warning', 'error'].includes(message.type())) messages.push(`${message.type()}: ${message.text()}`);
  });
  await page.goto('/sign-in');
  await expect(page.getByLabel('Work email')).toBeVisible();
  await signIn(page, 'ava@northwind.example');
  for (const [path, heading] of [
    ['/feed', 'Feed'],
    ['/leaderboard', 'Leaderboard'],
    ['/courses', 'Course catalogue'],
  ]) {
    await page.goto(path!);
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
  }
  expect(messages).toEqual([]);
});
