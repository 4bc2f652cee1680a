import { expect } from '@playwright/test';
import { signIn, snapshotAtBothSizes, test } from './support';

const PAGES = [
  '/',
  '/feed',
  '/courses',
  '/paths',
  '/badges',
  '/certifications',
  '/leaderboard',
  '/digest',
  '/teams',
  '/studio',
  '/settings',
];

test('with Laurels out of reach, every page says so in words and offers to try again', async ({ page }, testInfo) => {
  await signIn(page, 'admin@northwind.example');
  // Every request to the API fails as it does when the network or the server is down.
  await page.route('**/graphql', (route) => route.abort('internetdisconnected'));

  for (const path of PAGES) {
    await page.goto(path);
    const problem = page.getByRole('alert').filter({ hasText: 'Could not reach Laurels. Check your connection and try again.' });
    await expect(problem, `the page at ${path}`).toBeVisible();
    await expect(problem.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(page.getByText('Failed to fetch')).toHaveCount(0);
    if (path === '/') await snapshotAtBothSizes(page, testInfo, '01-home-out-of-reach');
  }
});
