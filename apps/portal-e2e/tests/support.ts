import { expect, type Page, type TestInfo } from '@playwright/test';

export const DEMO_PASSWORD = 'laurels-demo';

export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Work email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Continue learning' })).toBeVisible();
}

/** A full-page screenshot kept with the run's results, named after the step. */
export async function snapshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

/** Follows a link of the main navigation. */
export async function navigate(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
}

/** The lifetime points shown on the home page. */
export async function homePoints(page: Page): Promise<number> {
  await navigate(page, 'Home');
  const total = page.getByTestId('points-total');
  await expect(total).toBeVisible();
  return Number((await total.textContent())!.replace(/\D/g, ''));
}
