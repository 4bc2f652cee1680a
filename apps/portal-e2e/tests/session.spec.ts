import { expect } from '@playwright/test';
import { navigate, signIn, test } from './support';

test('a sign-in the server no longer accepts leads to the sign-in form, once, and signing in again works', async ({ page }) => {
  await signIn(page, 'ava@northwind.example');
  // What an expired or revoked token looks like to the server.
  await page.evaluate(() => localStorage.setItem('laurels.token', 'no-longer-valid'));
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

  await signIn(page, 'ava@northwind.example');
});
