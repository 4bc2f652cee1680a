import { expect } from '@playwright/test';
import { navigate, signIn, snapshotAtBothSizes, test } from './support';

test('a colleague’s profile, reached from the feed, shows their team, level, badges and the kudos they received', async ({
  page,
}, testInfo) => {
  await signIn(page, 'priya@northwind.example');
  await navigate(page, 'Feed');
  const card = page.locator('article[id^="celebration-"]').first();
  const person = card.getByRole('link', { name: /’s profile$/ }).first();
  // The name a screen reader hears for the avatar's link ("Priya Shah’s profile"), the initials being hidden from it.
  const name = (await person.locator('.visually-hidden').textContent())!.replace(/’s profile$/, '');
  await person.click();

  await expect(page).toHaveURL(/\/people\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page).toHaveTitle(`${name} · Laurels`);
  await expect(page.getByRole('heading', { name: 'Kudos received', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Badges', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Certifications', exact: true })).toBeVisible();
  await snapshotAtBothSizes(page, testInfo, 'profile-employee');

  // Their team links to its page.
  await page.getByRole('main').locator('a[href^="/teams/"]').first().click();
  await expect(page).toHaveURL(/\/teams\/[0-9a-f-]{36}$/);

  // An id of nobody in the organisation is a friendly page, not an error.
  await page.goto('/people/00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('heading', { name: 'Nobody here' })).toBeVisible();
});

test('a manager’s home shows their team first, a click from Manage team', async ({ page }, testInfo) => {
  await signIn(page, 'maya@northwind.example');
  await expect(page.getByRole('heading', { name: 'Your team', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Overdue and due soon' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No kudos in 30 days' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Milestones in progress' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Recent customer feedback' })).toBeVisible();
  await snapshotAtBothSizes(page, testInfo, 'home-manager');

  await page.getByRole('main').getByRole('link', { name: 'Manage team', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Manage / })).toBeVisible();

  // The shell reaches it in one click from anywhere too.
  await navigate(page, 'Feed');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /^Manage / })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /^Manage / })).toBeVisible();

  // Record feedback opens the feedback section.
  await navigate(page, 'Home');
  await page.getByRole('link', { name: 'Record feedback' }).first().click();
  await expect(page.getByRole('radio', { name: 'Customer feedback' })).toBeChecked();
});

test('an employee’s home stays as it was', async ({ page }, testInfo) => {
  await signIn(page, 'priya@northwind.example');
  await expect(page.getByRole('heading', { name: 'Your team', exact: true })).toHaveCount(0);
  await snapshotAtBothSizes(page, testInfo, 'home-employee');
});

test('the shell’s search finds a person and a course as you type, and Enter opens the result', async ({ page }, testInfo) => {
  await signIn(page, 'admin@northwind.example');
  const search = page.getByRole('combobox', { name: 'Search people, courses, badges and teams' });
  await search.fill('chlo');
  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(results.getByRole('group', { name: 'People' }).getByRole('option', { name: /Chloe Nguyen/ })).toBeVisible();
  await search.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Chloe Nguyen' })).toBeVisible();

  await search.fill('empathy inter');
  await expect(results.getByRole('group', { name: 'Courses' }).getByRole('option', { name: 'Empathy in Every Interaction' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('search-admin-1366.png') });
  // Arrows walk the results across groups; Enter opens the highlighted one.
  await search.press('ArrowDown');
  await search.press('ArrowUp');
  await expect(results.getByRole('option', { selected: true })).toHaveText(/Empathy in Every Interaction/);
  await search.press('Enter');
  await expect(page).toHaveURL(/\/courses\//);
  await expect(page.getByRole('heading', { level: 1, name: 'Empathy in Every Interaction' })).toBeVisible();

  // On a phone, a button opens the field across the top.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const phoneSearch = page.getByRole('combobox', { name: 'Search people, courses, badges and teams' });
  await expect(phoneSearch).toBeFocused();
  await phoneSearch.fill('active list');
  await expect(page.getByRole('option', { name: 'Active Listening' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('search-admin-390.png') });
});
