import { expect } from '@playwright/test';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { navigate, signIn, snapshotAtBothSizes, test } from './support';

/** What the screen shows around `card`, at a laptop's size and a phone's. */
async function cardAtBothSizes(page: Page, card: Locator, testInfo: TestInfo, name: string): Promise<void> {
  const original = page.viewportSize();
  for (const size of [
    { width: 1366, height: 900 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(size);
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath(`${name}-${size.width}x${size.height}.png`), animations: 'disabled' });
  }
  if (original) await page.setViewportSize(original);
}

test('a colleague’s moments of one sitting arrive live as one card that grows, read as one sentence and open to each moment', async ({
  browser,
}, testInfo) => {
  // Two browsers, a lesson, a quiz and a reload.
  test.setTimeout(120_000);
  const watcherContext = await browser.newContext();
  const learnerContext = await browser.newContext();
  const leo = await watcherContext.newPage();
  const ethan = await learnerContext.newPage();

  await signIn(leo, 'leo@northwind.example');
  await navigate(leo, 'Feed');
  await expect(leo.getByRole('status').filter({ hasText: /^Live$/ })).toBeVisible();
  const ethansCards = leo.getByRole('article').filter({ has: leo.getByRole('heading', { name: /^Ethan Brooks/ }) });
  await expect(ethansCards).toHaveCount(0);

  await leo.evaluate(() => Object.assign(window, { feedMarker: 'still the same page' }));

  // Ethan passes his first lesson (First Steps), then at once the quiz: the course, Course Finisher and a level.
  await signIn(ethan, 'ethan@northwind.example');
  await navigate(ethan, 'Courses');
  await ethan.getByRole('link', { name: /Active Listening/ }).click();
  await ethan.getByRole('button', { name: 'Start course' }).click();
  await ethan.getByRole('button', { name: 'Mark as complete' }).click();
  await ethan.getByRole('dialog', { name: 'Badge earned!' }).getByRole('button', { name: 'Keep learning' }).click();
  await ethan.getByRole('link', { name: /Next: Listening check/ }).click();
  await ethan.getByRole('radio', { name: '"What were you trying to do when it stopped?"' }).check();
  await ethan.getByRole('radio', { name: 'Before you start solving' }).check();
  await ethan.getByRole('button', { name: 'Submit answers' }).click();
  await expect(ethan.getByText('Passed with 100%')).toBeVisible();

  // On Leo's feed, without a reload, they are one card: First Steps arrived, and the rest joined it.
  const card = ethansCards.first();
  await expect(card.getByRole('heading')).toHaveText('Ethan Brooks: 2 badges, a course and level 2');
  await expect(ethansCards).toHaveCount(1);
  await expect(card).toContainText('Achievements');
  expect(await leo.evaluate(() => (window as { feedMarker?: string }).feedMarker)).toBe('still the same page');

  // Each moment is a click away.
  await card.getByText('See each of the 4 moments').click();
  const moments = card.getByRole('listitem');
  await expect(moments).toHaveCount(4);
  // The card's first moment leads; those of one instant come in no particular order.
  await expect(moments.first()).toHaveText('Ethan Brooks earned the “First Steps” badge');
  for (const title of [
    'Ethan Brooks completed “Active Listening”',
    'Ethan Brooks earned the “Course Finisher” badge',
    'Ethan Brooks reached level 2: Active Listener',
  ]) {
    await expect(moments.filter({ hasText: title })).toHaveCount(1);
  }

  // Reactions are the card's.
  const celebrate = card.getByRole('button', { name: /^Celebrate/ });
  await celebrate.click();
  await expect(celebrate).toHaveAttribute('aria-pressed', 'true');
  await expect(celebrate).toHaveText(/1/);
  await cardAtBothSizes(leo, card, testInfo, 'grouped-card-live');

  // After a reload the card reads the same, and Ethan's feed shows it too.
  await leo.reload();
  await expect(ethansCards).toHaveCount(1);
  await expect(ethansCards.getByRole('heading')).toHaveText('Ethan Brooks: 2 badges, a course and level 2');
  await snapshotAtBothSizes(leo, testInfo, 'feed-with-grouped-card');

  await watcherContext.close();
  await learnerContext.close();
});
