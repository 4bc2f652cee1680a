import { expect } from '@playwright/test';
import { navigate, signIn, snapshot, test } from './support';

test('an employee earns a badge, sees it celebrated and on their wall, and anyone can verify it signed out', async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  await signIn(page, 'omar@northwind.example');
  await navigate(page, 'Courses');
  await page.getByRole('link', { name: /Welcome to Northwind Support/ }).click();
  await page.getByRole('button', { name: 'Start course' }).click();
  await expect(page.getByRole('heading', { name: 'How we support customers' })).toBeVisible();
  await page.getByRole('button', { name: 'Mark as complete' }).click();

  const celebration = page.getByRole('dialog', { name: 'Badge earned!' });
  await expect(celebration).toBeVisible();
  await expect(celebration.getByText('First Steps')).toBeVisible();
  await page.waitForTimeout(700); // let the entrance animation and the confetti play out for the screenshot
  await snapshot(page, testInfo, '01-celebration');
  await celebration.getByRole('button', { name: 'Keep learning' }).click();

  await navigate(page, 'Badges');
  const earned = page.getByRole('region', { name: /Earned/ });
  await expect(earned.getByRole('link', { name: /First Steps/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Earned 1 badge' })).toBeVisible();
  await snapshot(page, testInfo, '02-badge-wall');

  await earned.getByRole('link', { name: /First Steps/ }).click();
  await expect(page.getByText(/You earned it on/)).toBeVisible();
  await snapshot(page, testInfo, '03-badge-page');
  const verifyPath = await page.getByRole('link', { name: 'Verifiable credential' }).getAttribute('href');
  expect(verifyPath).toMatch(/^\/verify\/[0-9a-f-]{36}$/);

  // A stranger with the link: no session, a fresh browser context.
  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  await strangerPage.goto(`${baseURL}${verifyPath}`);
  await expect(strangerPage.getByRole('heading', { name: 'Valid' })).toBeVisible();
  await expect(strangerPage.getByText('Omar Haddad')).toBeVisible();
  await expect(strangerPage.getByText('First Steps')).toBeVisible();
  await expect(strangerPage.getByText('Northwind Support')).toBeVisible();
  await strangerPage.screenshot({ path: testInfo.outputPath('04-verify-signed-out.png'), fullPage: true });
  await stranger.close();
});
