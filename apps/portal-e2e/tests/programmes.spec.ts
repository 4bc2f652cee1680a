import { expect } from '@playwright/test';
import { homePoints, navigate, signIn, snapshot, snapshotAtBothSizes, test } from './support';

const spendable = async (text: Promise<string | null>) =>
  Number(/You have ([\d,]+) points to spend/.exec((await text) ?? '')![1]!.replace(/,/g, ''));

test('an admin keeps onboarding in Settings, and a new hire finds the path first on their home', async ({ browser, page }, testInfo) => {
  await signIn(page, 'admin@northwind.example');
  await navigate(page, 'Settings');
  const onboarding = page.getByRole('region', { name: 'Onboarding' });
  await expect(onboarding.getByRole('combobox', { name: 'Onboarding path' })).toHaveValue(/.+/);
  await expect(onboarding.getByRole('combobox', { name: 'Onboarding path' }).locator('option:checked')).toHaveText('New Hire Onboarding');
  await onboarding.getByLabel('Days to finish it').fill('400');
  await onboarding.getByRole('button', { name: 'Save onboarding' }).click();
  await expect(onboarding.getByText('New hires have 1 to 365 days for their onboarding path')).toBeVisible();
  await onboarding.getByLabel('Days to finish it').fill('21');
  await onboarding.getByRole('button', { name: 'Save onboarding' }).click();
  await expect(onboarding.getByText('Saved. Everyone you add from now on is assigned this path.')).toBeVisible();
  await snapshotAtBothSizes(page, testInfo, '01-onboarding-settings');

  // Mia joined two days ago, after onboarding was set: her path comes first, still due 30 days after her start.
  const miaContext = await browser.newContext();
  const mia = await miaContext.newPage();
  await signIn(mia, 'mia@northwind.example');
  const card = mia.getByRole('region', { name: 'New Hire Onboarding' });
  await expect(card).toContainText('Your onboarding, due in 28 days');
  await expect(card.getByRole('progressbar', { name: 'Onboarding progress' })).toHaveAttribute('aria-valuetext', '0 of 4 courses done');
  const cardTop = (await card.boundingBox())!.y;
  const statsTop = (await mia.getByTestId('points-total').boundingBox())!.y;
  expect(cardTop).toBeLessThan(statsTop);
  await snapshotAtBothSizes(mia, testInfo, '02-new-hire-home');
  await card.getByRole('link', { name: 'Next: Welcome to Northwind Support' }).click();
  await expect(mia.getByRole('heading', { name: 'Welcome to Northwind Support', level: 1 })).toBeVisible();
  await miaContext.close();
});

test('an employee redeems a reward with a confirmation, a manager approves it, and lifetime points never drop', async ({
  browser,
  page,
}, testInfo) => {
  await signIn(page, 'priya@northwind.example');
  const pointsBefore = await homePoints(page);
  await navigate(page, 'Rewards');
  const header = page.getByRole('heading', { name: 'Rewards', level: 1 }).locator('..');
  const before = await spendable(header.textContent());
  await expect(page.getByRole('region', { name: 'My redemptions' })).toContainText('Nothing redeemed yet');
  await snapshotAtBothSizes(page, testInfo, '03-rewards-catalogue');

  // A reward beyond her points cannot be redeemed.
  await expect(page.getByRole('button', { name: 'Redeem Conference ticket' })).toBeDisabled();
  await page.getByRole('button', { name: 'Redeem Café voucher' }).click();
  const dialog = page.getByRole('dialog', { name: 'Redeem “Café voucher”?' });
  await expect(dialog).toContainText('150 of your');
  await snapshotAtBothSizes(page, testInfo, '04-redeem-confirm', { fullPage: false });
  await dialog.getByRole('button', { name: 'Redeem' }).click();
  await expect(page.getByRole('status').filter({ hasText: '“Café voucher” is on its way to review' })).toBeVisible();
  const mine = page.getByRole('region', { name: 'My redemptions' });
  await expect(mine.getByRole('listitem').filter({ hasText: 'Café voucher' })).toContainText('Waiting for review');
  expect(await spendable(header.textContent())).toBe(before - 150);
  await snapshotAtBothSizes(page, testInfo, '05-redeemed');
  expect(await homePoints(page)).toBe(pointsBefore);

  // Her manager finds it in the review queue and approves it.
  const mayaContext = await browser.newContext();
  const maya = await mayaContext.newPage();
  await signIn(maya, 'maya@northwind.example');
  await navigate(maya, 'Rewards');
  await maya.getByRole('link', { name: 'Review redemptions' }).click();
  const row = maya.getByRole('listitem').filter({ hasText: 'Priya Shah' });
  await expect(row).toContainText('Café voucher · 150 pts');
  await snapshotAtBothSizes(maya, testInfo, '06-review-queue');
  await row.getByRole('button', { name: 'Approve Café voucher for Priya Shah' }).click();
  await expect(maya.getByText('Nothing to review')).toBeVisible();
  await maya.getByRole('radiogroup', { name: 'Show' }).getByText('Approved', { exact: true }).click();
  await expect(maya.getByRole('listitem').filter({ hasText: 'Priya Shah' })).toContainText('Approved');
  await mayaContext.close();

  await navigate(page, 'Rewards');
  await expect(mine.getByRole('listitem').filter({ hasText: 'Café voucher' })).toContainText('Approved');
  expect(await spendable(header.textContent())).toBe(before - 150);
});

test('an admin adds a reward to the catalogue and takes one off it', async ({ page }, testInfo) => {
  await signIn(page, 'admin@northwind.example');
  await navigate(page, 'Rewards');
  const form = page.getByRole('region', { name: 'Add a reward' });
  await form.getByLabel('Reward name').fill('Team pizza');
  await form.getByLabel('Description').fill('Pizza for the whole team on a Friday.');
  await form.getByLabel('Cost in points').fill('0');
  await form.getByRole('button', { name: 'Add reward' }).click();
  await expect(form.getByText(/cost must be at least 1/i)).toBeVisible();
  await form.getByLabel('Cost in points').fill('400');
  await form.getByLabel('Stock').fill('3');
  await form.getByRole('button', { name: 'Add reward' }).click();
  await expect(form.getByText('“Team pizza” is in the catalogue.')).toBeVisible();
  const catalogue = page.getByRole('region', { name: 'Catalogue' });
  await expect(catalogue.getByRole('heading', { name: 'Team pizza' })).toBeVisible();
  await catalogue.getByRole('button', { name: 'Deactivate Northwind hoodie' }).click();
  await expect(catalogue.getByRole('button', { name: 'Activate Northwind hoodie' })).toBeVisible();
  await snapshot(page, testInfo, '07-admin-catalogue');
  await catalogue.getByRole('button', { name: 'Activate Northwind hoodie' }).click();
  await expect(catalogue.getByRole('button', { name: 'Deactivate Northwind hoodie' })).toBeVisible();
});
