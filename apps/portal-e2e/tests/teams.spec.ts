import { expect, type Page } from '@playwright/test';
import { homePoints, navigate, signIn, snapshot, snapshotAtBothSizes, test } from './support';

async function openManageTeam(page: Page, section: 'Training' | 'Milestones' | 'Customer feedback'): Promise<void> {
  await navigate(page, 'Teams');
  await page.getByRole('link', { name: /Frontline Support/ }).click();
  await page.getByRole('link', { name: 'Manage team' }).click();
  await page.getByRole('radiogroup', { name: 'Section' }).getByText(section, { exact: true }).click();
}

/** A date input's value, a week from today. */
function inAWeek(): string {
  const date = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

test('a manager assigns training and records praise; the employee sees the assignment and the points, and the team reaches its milestone', async ({
  browser,
}, testInfo) => {
  const managerContext = await browser.newContext();
  const employeeContext = await browser.newContext();
  const manager = await managerContext.newPage();
  const employee = await employeeContext.newPage();

  await signIn(employee, 'leo@northwind.example');
  const pointsBefore = await homePoints(employee);
  await expect(
    employee.getByRole('region', { name: 'Assigned to you' }).getByText('Product Knowledge: Northwind Cloud Basics'),
  ).toHaveCount(0);

  // The manager assigns a course to the whole team, due in a week: everyone but the manager.
  await signIn(manager, 'maya@northwind.example');
  await openManageTeam(manager, 'Training');
  await manager
    .getByRole('combobox', { name: 'Course or learning path' })
    .selectOption({ label: 'Product Knowledge: Northwind Cloud Basics' });
  await expect(manager.getByLabel('The whole team')).toBeChecked();
  await manager.getByLabel('Due date').fill(inAWeek());
  await manager.getByLabel('Note').fill('Ahead of the new phone queue');
  await manager.getByRole('button', { name: 'Assign' }).click();
  await expect(manager.getByText('Assigned: 4 assignments created or updated.')).toBeVisible();
  await expect(manager.getByRole('table').getByRole('columnheader', { name: 'Product Knowledge: Northwind Cloud Basics' })).toBeVisible();
  await snapshot(manager, testInfo, '01-manager-assigns');

  // A milestone the next rating will reach.
  await manager.getByRole('radiogroup', { name: 'Section' }).getByText('Milestones', { exact: true }).click();
  await manager.getByLabel('Title').fill('First rating of the new queue');
  await manager.getByRole('combobox', { name: 'Counts' }).selectOption('FEEDBACK_COUNT');
  await manager.getByLabel('Target').fill('1');
  await manager.getByRole('button', { name: 'Set milestone' }).click();
  await expect(manager.getByRole('progressbar', { name: 'First rating of the new queue' })).toHaveAttribute('aria-valuenow', '0');

  // The employee sees the assignment on their home page, with its due date and note.
  await employee.reload();
  const assigned = employee.getByRole('region', { name: 'Assigned to you' });
  await expect(assigned.getByRole('link', { name: /Product Knowledge/ })).toContainText('Ahead of the new phone queue');
  await expect(assigned.getByRole('link', { name: /Product Knowledge/ })).toContainText('Due');
  await snapshot(employee, testInfo, '02-employee-sees-assignment');

  // The manager records five stars with the customer's words: customer praise.
  await manager.getByRole('radiogroup', { name: 'Section' }).getByText('Customer feedback', { exact: true }).click();
  await manager.getByRole('combobox', { name: 'About' }).fill('leo');
  await manager.getByRole('option', { name: /Leo Martins/ }).click();
  await manager.getByTitle('5 stars').click();
  await expect(manager.getByRole('radio', { name: '5 stars' })).toBeChecked();
  await manager.getByLabel('What the customer said').fill('Leo sorted out my invoice in one call.');
  await expect(manager.getByText('this will be celebrated as customer praise')).toBeVisible();
  await manager.getByRole('button', { name: 'Record feedback' }).click();
  await expect(manager.getByText('Leo sorted out my invoice in one call.').first()).toBeVisible();
  await snapshot(manager, testInfo, '03-manager-records-feedback');

  // The team's milestone is reached, and the praise is worth points to the employee.
  await navigate(employee, 'Teams');
  await employee.getByRole('link', { name: /Frontline Support/ }).click();
  await expect(employee.getByRole('progressbar', { name: 'First rating of the new queue' })).toHaveAttribute('aria-valuenow', '100');
  await expect(employee.getByText('Frontline Support reached “First rating of the new queue”')).toBeVisible();
  await expect(employee.getByText('Leo sorted out my invoice in one call.')).toBeVisible();
  await snapshot(employee, testInfo, '04-team-page');
  expect(await homePoints(employee)).toBe(pointsBefore + 30);

  await navigate(employee, 'Leaderboard');
  await expect(employee.getByText(/You are #\d+ with/)).toBeVisible();
  await snapshot(employee, testInfo, '05-leaderboard');

  await managerContext.close();
  await employeeContext.close();
});

test('a manager imports a help desk CSV: the columns are recognised, bad rows are shown before and after, and a second import skips what is recorded', async ({
  page,
}, testInfo) => {
  const csv = [
    'Ticket ID,Assignee Email,Satisfaction Rating,Comment,Created At',
    'ZD-1001,omar@northwind.example,5,"Patient, clear and kind.",2026-01-05T10:00:00Z',
    'ZD-1002,priya@northwind.example,4,,2026-01-06T11:30:00Z',
    'ZD-1003,omar@northwind.example,9,Typo in the rating,2026-01-06T12:00:00Z',
    'ZD-1004,someone.else@example.com,3,Not one of ours,2026-01-07T09:00:00Z',
  ].join('\n');
  const file = { name: 'zendesk-ratings.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) };

  await signIn(page, 'maya@northwind.example');
  await openManageTeam(page, 'Customer feedback');
  await page.getByText('Choose a CSV export from your help desk').locator('..').locator('input[type=file]').setInputFiles(file);
  await expect(page.getByRole('combobox', { name: 'Agent email *' })).toHaveValue('Assignee Email');
  await expect(page.getByRole('combobox', { name: 'CSAT (1–5) *' })).toHaveValue('Satisfaction Rating');
  await expect(page.getByRole('combobox', { name: 'Ticket id' })).toHaveValue('Ticket ID');
  // The preview checks what the server will: the rating, and that the agent is one of the team.
  await expect(page.getByText('2 ready')).toBeVisible();
  await expect(page.getByText('2 with problems')).toBeVisible();
  const reasons = [
    { row: 4, reason: 'CSAT “9” is not a whole number from 1 to 5' },
    { row: 5, reason: 'someone.else@example.com is not a member of Frontline Support' },
  ];
  // Each refused row says why where it can be seen, on a laptop and on a phone.
  for (const size of [
    { width: 1366, height: 900 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(size);
    for (const { row, reason } of reasons) {
      const cell = page.getByRole('row', { name: new RegExp(`^${row} `) }).getByRole('cell', { name: reason });
      await expect(cell).toBeVisible();
      // Within the preview's visible width and the screen's, without scrolling the preview sideways.
      const shown = await cell.evaluate((element) => {
        const box = element.getBoundingClientRect();
        const preview = element.closest('table')!.parentElement!.getBoundingClientRect();
        return box.left >= preview.left && box.right <= preview.right + 1 && box.right <= window.innerWidth;
      });
      expect(shown, `the reason of row ${row} at ${size.width}px`).toBe(true);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
  }
  await snapshotAtBothSizes(page, testInfo, '01-csv-preview');

  await page.getByRole('button', { name: 'Import 2 ratings' }).click();
  const summary = page.getByRole('status').filter({ hasText: 'Imported' });
  await expect(summary).toContainText('Imported 2, skipped 0 already recorded, 2 left out with problems.');
  await expect(page.getByText('Patient, clear and kind.').first()).toBeVisible();
  await snapshot(page, testInfo, '02-csv-imported');

  await page.getByRole('button', { name: 'Import 2 ratings' }).click();
  await expect(summary).toContainText('Imported 0, skipped 2 already recorded, 2 left out with problems.');
});
