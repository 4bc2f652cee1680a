import { expect } from '@playwright/test';
import { navigate, signIn, snapshot, test } from './support';

test('kudos given in one browser appear live on a colleague’s feed, who reacts; the giver sees the reaction', async ({
  browser,
}, testInfo) => {
  const giverContext = await browser.newContext();
  const receiverContext = await browser.newContext();
  const maya = await giverContext.newPage();
  const leo = await receiverContext.newPage();
  const message = `Thanks for untangling the billing escalation ${Date.now()}`;

  // Leo reads the feed; a marker on window tells whether the page was ever reloaded.
  await signIn(leo, 'leo@northwind.example');
  await navigate(leo, 'Feed');
  await expect(leo.getByRole('heading', { name: 'Feed', level: 1 })).toBeVisible();
  await expect(leo.getByRole('status').filter({ hasText: /^Live$/ })).toBeVisible();
  await leo.evaluate(() => Object.assign(window, { feedMarker: 'still the same page' }));
  const leoPoints = async () => Number((await leo.getByTestId('shell-points').textContent())!.replace(/\D/g, ''));
  const pointsBefore = await leoPoints();
  await snapshot(leo, testInfo, '01-receiver-feed');

  // Maya thanks Leo, with a company value and points from her allowance.
  await signIn(maya, 'maya@northwind.example');
  await navigate(maya, 'Feed');
  await maya.getByRole('button', { name: 'Give kudos' }).click();
  const send = maya.getByRole('button', { name: 'Send kudos' });
  await expect(send).toBeDisabled();
  // The colleague picker searches the directory as she types.
  await maya.getByRole('combobox', { name: 'Colleague' }).fill('Leo');
  await expect(maya.getByRole('listbox', { name: 'Colleague' }).getByRole('option')).toHaveText([/^Leo Martins/]);
  await snapshot(maya, testInfo, '02a-colleague-picker-searching');
  await maya.getByRole('option', { name: /Leo Martins/ }).click();
  await maya.getByLabel('Message').fill(message);
  await maya.getByRole('button', { name: 'Empathy', exact: true }).click();
  await expect(maya.getByRole('button', { name: 'Empathy', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await maya.getByLabel('Points').fill('5');
  await expect(send).toBeEnabled();
  await snapshot(maya, testInfo, '02-giver-composes');
  await send.click();
  await expect(maya.getByText('Kudos sent to Leo Martins.')).toBeVisible();
  await expect(maya.getByRole('article').filter({ hasText: message })).toBeVisible();

  // Leo sees it arrive without a reload, with a toast for him.
  const kudos = leo.getByRole('article').filter({ hasText: message });
  await expect(kudos).toBeVisible();
  await expect(kudos.getByRole('heading', { name: 'Maya Patel gave kudos to Leo Martins' })).toBeVisible();
  await expect(kudos).toContainText('Empathy');
  await expect(kudos).toContainText('+5 points');
  await expect(leo.getByText('Maya gave you kudos!')).toBeVisible();
  // His points in the shell follow, still without a reload.
  await expect.poll(leoPoints).toBe(pointsBefore + 5);
  expect(await leo.evaluate(() => (window as { feedMarker?: string }).feedMarker)).toBe('still the same page');
  await snapshot(leo, testInfo, '03-receiver-sees-kudos-live');

  // He reacts: the count shows at once.
  const celebrate = kudos.getByRole('button', { name: /^Celebrate/ });
  await celebrate.click();
  await expect(celebrate).toHaveAttribute('aria-pressed', 'true');
  await expect(celebrate).toHaveText(/1/);
  await snapshot(leo, testInfo, '04-receiver-reacts');

  // Maya sees the reaction once she loads the feed again.
  await navigate(maya, 'Home');
  await navigate(maya, 'Feed');
  const seen = maya
    .getByRole('article')
    .filter({ hasText: message })
    .getByRole('button', { name: /^Celebrate/ });
  await expect(seen).toHaveText(/1/);
  await expect(seen).toHaveAttribute('aria-pressed', 'false');
  await snapshot(maya, testInfo, '05-giver-sees-reaction');

  await giverContext.close();
  await receiverContext.close();
});
