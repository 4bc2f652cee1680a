import { expect } from '@playwright/test';
import { navigate, signIn, snapshotAtBothSizes, test } from './support';

/** A spreadsheet of new people as a CSV file for the file picker. */
function csv(rows: string[]) {
  return {
    name: 'new-starters.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(['Email,Full name,Role,Team,Start date', ...rows].join('\n')),
  };
}

const NEW_STARTERS = [
  'noor.haddad@northwind.example,Noor Haddad,employee,Night Shift,2026-11-30',
  'ravi.menon@northwind.example,Ravi Menon,Employee,night shift,2026-11-30',
  'ines.costa@northwind.example,Inês Costa,MANAGER,Night Shift,2026-11-23',
];

test('an admin imports people from a CSV, fixes a row the preview refused, finds one, moves one to a team and gives them a learning path', async ({
  page,
}, testInfo) => {
  await signIn(page, 'admin@northwind.example');
  await navigate(page, 'People');
  await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
  await expect(page).toHaveTitle('People · Laurels');
  const directory = page.getByRole('region', { name: 'Directory' });
  await expect(directory.getByText(/^\d+ people active$/)).toBeVisible();
  await snapshotAtBothSizes(page, testInfo, '01-people');

  // The file has a mistyped email: the preview says so on its row, and there is nothing to import yet.
  await page.getByRole('button', { name: 'Import CSV' }).click();
  const importing = page.getByRole('region', { name: 'Import people' });
  await importing
    .locator('input[type=file]')
    .setInputFiles(csv([NEW_STARTERS[0]!, 'ravi.menon.northwind.example,Ravi Menon,Employee,night shift,2026-11-30', NEW_STARTERS[2]!]));
  const preview = importing.getByRole('region', { name: 'Preview of the file' });
  const wrongRow = preview.getByRole('row').filter({ hasText: 'ravi.menon.northwind.example' });
  await expect(wrongRow).toContainText('Email: “ravi.menon.northwind.example” is not an email address');
  await expect(importing.getByText('1 row to fix')).toBeVisible();
  await expect(importing.getByRole('button', { name: /^Import \d/ })).toHaveCount(0);
  await snapshotAtBothSizes(page, testInfo, '02-preview-with-a-problem');

  // Fixed, the file imports everyone at once, making the new team on the way.
  await importing.locator('input[type=file]').setInputFiles(csv(NEW_STARTERS));
  await expect(preview.getByRole('row').filter({ hasText: 'Ravi Menon' })).toContainText('OK');
  await importing.getByRole('button', { name: 'Import 3 people' }).click();
  await expect(page.getByText('3 people added, 0 already there. Give each a password (Edit) so they can sign in.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Teams' }).getByText('Night Shift', { exact: true })).toBeVisible();

  // The same file again adds nobody.
  await page.getByRole('button', { name: 'Import CSV' }).click();
  await importing.locator('input[type=file]').setInputFiles(csv(NEW_STARTERS));
  await importing.getByRole('button', { name: 'Import 3 people' }).click();
  await expect(page.getByText('0 people added, 3 already there.')).toBeVisible();

  // Found as the admin types, and moved to Customer Success with a password to sign in with.
  await directory.getByLabel('Find someone').fill('noor');
  await expect(directory.getByText('1 person active matching “noor”')).toBeVisible();
  const noor = directory.getByRole('listitem').filter({ hasText: 'noor.haddad@northwind.example' });
  await expect(noor).toContainText('Night Shift · Employee · Started 30 Nov 2026');
  await expect(noor.getByRole('link', { name: 'Noor Haddad' })).toHaveAttribute('href', /^\/people\/[0-9a-f-]{36}$/);
  await noor.getByRole('button', { name: 'Edit Noor Haddad' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit Noor Haddad' });
  await expect(dialog.getByText('Night Shift', { exact: true })).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Team' }).fill('customer');
  await page.getByRole('option', { name: /Customer Success/ }).click();
  await dialog.getByLabel('New password').fill('lantern harbour quietly');
  await snapshotAtBothSizes(page, testInfo, '03-edit-person', { fullPage: false });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Noor Haddad was saved, with the new password (their other sign-ins ended).')).toBeVisible();
  await expect(noor).toContainText('Customer Success · Employee');
  await snapshotAtBothSizes(page, testInfo, '04-person-moved');

  // Her new team's manager page gives her the onboarding path.
  await navigate(page, 'Teams');
  await page.getByRole('link', { name: /Customer Success/ }).click();
  await page.getByRole('link', { name: 'Manage team' }).click();
  await page.getByRole('radiogroup', { name: 'Section' }).getByText('Training', { exact: true }).click();
  await page.getByRole('combobox', { name: 'Course or learning path' }).selectOption({ label: 'New Hire Onboarding' });
  await page.getByLabel('Chosen people').check();
  await page.getByRole('combobox', { name: 'People', exact: true }).fill('noor');
  await page.getByRole('option', { name: /Noor Haddad/ }).click();
  await page.getByRole('button', { name: 'Assign' }).click();
  await expect(page.getByText(/^Assigned: \d+ assignments? created or updated\.$/)).toBeVisible();

  // And she signs in with the password the admin gave her, to find it waiting.
  const noorContext = await page.context().browser()!.newContext();
  const noorPage = await noorContext.newPage();
  await noorPage.goto('/sign-in');
  await noorPage.getByLabel('Work email').fill('noor.haddad@northwind.example');
  await noorPage.getByLabel('Password').fill('lantern harbour quietly');
  await noorPage.getByRole('button', { name: 'Sign in' }).click();
  const assigned = noorPage.getByRole('region', { name: 'Assigned to you' });
  await expect(assigned.getByRole('link', { name: /Welcome to Northwind Support/ })).toContainText('Assigned by Avery Collins');
  await noorContext.close();
});
