import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type Page, type TestInfo } from '@playwright/test';

/**
 * The journeys, each watching for Content-Security-Policy violations: the
 * API serves the portal with its production policy, and a violation that
 * Chromium reports on any page of a test, in its own browser context or in
 * one it opened, fails the test. `securityPolicyViolations` lists them.
 */
export const test = base.extend<{ securityPolicyViolations: string[] }>({
  securityPolicyViolations: [
    async ({ browser, context }, use) => {
      const violations: string[] = [];
      const watch = (watched: BrowserContext) =>
        watched.on('console', (message) => {
          if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
        });
      watch(context);
      // Contexts a test opens for a second person come from browser.newContext: watched as they are made.
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const opened = await newContext(options);
        watch(opened);
        return opened;
      };
      try {
        await use(violations);
      } finally {
        browser.newContext = newContext;
      }
      expect(violations).toEqual([]);
    },
    { auto: true },
  ],
});

export const DEMO_PASSWORD = 'laurels-demo';

export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Work email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Continue learning' })).toBeVisible();
}

/**
 * axe-core's WCAG A and AA checks on the page as it is: any serious or critical
 * violation (contrast below 4.5:1, a control without a name…) fails the journey,
 * each listed with the elements it was found on.
 */
export async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    // Run in the page itself: the default opens a blank page of the context for each check.
    .setLegacyMode()
    .analyze();
  const blocking = violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  expect(blocking, `accessibility of ${page.url()}`).toEqual([]);
}

/** A full-page screenshot kept with the run's results, named after the step; the page is checked with axe first. */
export async function snapshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await expectAccessible(page);
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

/** The screen sizes new pages are looked at in: a laptop, and a phone. */
const SIZES = [
  { width: 1366, height: 900 },
  { width: 390, height: 844 },
];

/**
 * Screenshots at a laptop's and a phone's size, named after the step and the
 * size: the whole page from its top, or (`fullPage: false`) what the screen
 * shows, for a dialog over it; each checked with axe. The page keeps its size.
 */
export async function snapshotAtBothSizes(page: Page, testInfo: TestInfo, name: string, { fullPage = true } = {}): Promise<void> {
  const original = page.viewportSize();
  for (const size of SIZES) {
    await page.setViewportSize(size);
    // From the top, so that the fixed header and sidebar are drawn where they belong.
    if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
    await expectAccessible(page);
    // Transitions the resize set off (the sidebar sliding away) are shown finished.
    await page.screenshot({ path: testInfo.outputPath(`${name}-${size.width}x${size.height}.png`), fullPage, animations: 'disabled' });
  }
  if (original) await page.setViewportSize(original);
}
