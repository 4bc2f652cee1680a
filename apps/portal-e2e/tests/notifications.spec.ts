import { expect, type Page } from '@playwright/test';
import { signIn, snapshot, test } from './support';

/** The shell's bell: the link to the notifications, with the unread count when there is one. */
const bell = (page: Page) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Notifications/ });

async function unread(page: Page): Promise<number> {
  const count = bell(page).getByTestId('unread-count');
  return (await count.count()) === 0 ? 0 : Number((await count.innerText()).replace(/\D/g, ''));
}

test('a manager nudges someone behind; the bell rings for them at once, and the nudge is read from the notifications page', async ({
  browser,
}, testInfo) => {
  const manager = await (await browser.newContext()).newPage();
  const employee = await (await browser.newContext()).newPage();

  await signIn(employee, 'priya@northwind.example');
  await expect(bell(employee)).toBeVisible();
  const before = await unread(employee);

  await signIn(manager, 'maya@northwind.example');
  await manager.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Manage my team', exact: true }).click();
  const form = manager.getByRole('group', { name: 'People behind' });
  await expect(form).toBeVisible();
  const chosen = form.getByRole('checkbox', { checked: true });
  while ((await chosen.count()) > 0) await chosen.first().uncheck();
  await form
    .getByRole('checkbox', { name: /^Priya Shah:/ })
    .first()
    .check();
  await manager.getByLabel('Message (optional)').fill('Ten minutes on this today?');
  await manager.getByRole('button', { name: 'Send nudge' }).click();
  await expect(manager.getByText('Nudged 1 person.')).toBeVisible();
  await snapshot(manager, testInfo, '01-manager-nudges');

  // No reload: the count arrives over the live connection.
  await expect(bell(employee).getByTestId('unread-count')).toHaveText(`${before + 1} unread`);
  await snapshot(employee, testInfo, '02-bell-rings');

  await bell(employee).click();
  const nudge = employee.getByRole('link', { name: /Maya Patel nudged you about/ });
  await expect(nudge).toContainText('Ten minutes on this today?');
  await snapshot(employee, testInfo, '03-notifications');
  await nudge.click();
  await expect(employee).toHaveURL(/\/courses\//);
  await expect.poll(() => unread(employee)).toBe(before);

  // A second nudge the same day reaches no one.
  await manager.getByRole('button', { name: 'Send nudge' }).click();
  await expect(manager.getByText('Everyone chosen was already nudged today.')).toBeVisible();

  // The manager's home nudges one person behind in a click, and says when it has been done today already.
  await manager.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home', exact: true }).click();
  await manager
    .getByRole('button', { name: /^Nudge / })
    .first()
    .click();
  await expect(
    manager
      .getByRole('status')
      .filter({ hasText: /^Nudged/ })
      .first(),
  ).toBeVisible();
  await snapshot(manager, testInfo, '04-home-nudge');
});
