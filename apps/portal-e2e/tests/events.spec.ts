import { expect } from '@playwright/test';
import { navigate, signIn, snapshotAtBothSizes, test } from './support';

test('an employee RSVPs and claims a conference; the manager approves the claim and records attendance of a past session', async ({
  browser,
}, testInfo) => {
  const employee = await (await browser.newContext()).newPage();
  const manager = await (await browser.newContext()).newPage();

  // The employee sees what is coming up and what was held, and says they are going.
  await signIn(employee, 'priya@northwind.example');
  await navigate(employee, 'Events');
  const upcoming = employee.getByRole('region', { name: 'Upcoming' });
  const past = employee.getByRole('region', { name: 'Past' });
  await expect(upcoming.getByRole('heading', { name: 'Writing replies customers actually read' })).toBeVisible();
  await expect(past.getByRole('heading', { name: 'Calming an escalated caller' })).toBeVisible();
  await expect(past.getByText('Attended: ')).toContainText('Diego');
  await upcoming.getByRole('button', { name: 'I’m going' }).click();
  await expect(upcoming.getByRole('button', { name: 'Not going' })).toBeVisible();
  await expect(upcoming.getByText('1 person going')).toBeVisible();

  // A claim with a link that is not http(s) is refused on that field; a good one is sent.
  await employee.getByLabel('What you learned', { exact: true }).fill('Support Driven Expo');
  await employee.getByLabel('Provider', { exact: true }).fill('Support Driven');
  await employee.getByLabel('Completed on', { exact: true }).fill('2026-11-20');
  await employee.getByLabel('Hours', { exact: true }).fill('6');
  await employee.getByLabel('Evidence link', { exact: true }).fill('ftp://example.com/certificate');
  await employee.getByRole('button', { name: 'Send claim' }).click();
  await expect(employee.getByText('The evidence link must be an http or https address')).toBeVisible();
  await employee.getByLabel('Evidence link', { exact: true }).fill('https://example.com/certificate');
  await employee.getByRole('button', { name: 'Send claim' }).click();
  await expect(employee.getByText('Claim sent. Your manager reviews it.')).toBeVisible();
  await expect(employee.getByRole('region', { name: 'My claims' }).getByText('Pending')).toBeVisible();
  await snapshotAtBothSizes(employee, testInfo, '01-employee-events');

  // The manager approves it from the queue, within the organisation's limit.
  await signIn(manager, 'maya@northwind.example');
  await navigate(manager, 'Events');
  const queue = manager.getByRole('region', { name: 'Claims to review' });
  await expect(queue.getByRole('heading', { name: 'Support Driven Expo' })).toBeVisible();
  await queue.getByLabel('Points for “Support Driven Expo”').fill('500');
  await queue.getByRole('button', { name: 'Approve' }).click();
  await expect(queue.getByText(/points must be a whole number from 0 to 200/i)).toBeVisible();
  await queue.getByLabel('Points for “Support Driven Expo”').fill('60');
  await queue.getByRole('button', { name: 'Approve' }).click();
  await expect(queue.getByText('No claims waiting')).toBeVisible();

  // The session has been held: the manager records one more attendee.
  const held = manager.getByRole('region', { name: 'Past' });
  await held.getByRole('combobox', { name: 'Who attended “Calming an escalated caller”' }).fill('priya');
  await manager.getByRole('option', { name: /Priya Shah/ }).click();
  await held.getByRole('button', { name: 'Record attendance' }).click();
  await expect(held.getByText('Attended: ')).toContainText('Priya Shah');
  await snapshotAtBothSizes(manager, testInfo, '02-manager-reviews-and-records');

  await employee.reload();
  await expect(employee.getByRole('region', { name: 'My claims' }).getByText('Approved · 60 points')).toBeVisible();
});
