import { expect } from '@playwright/test';
import { navigate, signIn, snapshotAtBothSizes, test } from './support';

/** A date input's value, a week from today. */
function inAWeek(): string {
  const date = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

const NOTES = 'Private: we will replay the chat together and practise closing the loop.';

test('a low rating leads to coaching: the manager opens a session, the agent acknowledges it, the manager completes it, and nobody else reads the notes', async ({
  browser,
}, testInfo) => {
  const manager = await (await browser.newContext()).newPage();
  const agent = await (await browser.newContext()).newPage();
  const colleague = await (await browser.newContext()).newPage();

  // The manager records a poor rating about Chloe: it needs coaching.
  await signIn(manager, 'maya@northwind.example');
  await navigate(manager, 'Teams');
  await manager.getByRole('link', { name: /Frontline Support/ }).click();
  await expect(manager.getByText(/^NPS/)).toBeVisible();
  await manager.getByRole('link', { name: 'Manage team' }).click();
  await manager.getByRole('radiogroup', { name: 'Section' }).getByText('Customer feedback', { exact: true }).click();
  await manager.getByRole('combobox', { name: 'About' }).fill('chloe');
  await manager.getByRole('option', { name: /Chloe Nguyen/ }).click();
  await manager.getByTitle('2 stars').click();
  await manager.getByRole('combobox', { name: 'NPS', exact: true }).selectOption('3');
  await manager.getByLabel('What the customer said').fill('The chat was closed before my refund went through.');
  await manager.getByRole('button', { name: 'Record feedback' }).click();
  const needs = manager.getByRole('region', { name: 'Needs coaching' });
  await expect(needs.getByText('The chat was closed before my refund went through.')).toBeVisible();

  // From the low rating, a coaching session with a suggested course and a follow-up.
  await needs.getByRole('link', { name: 'Coach Chloe Nguyen' }).click();
  await expect(manager.getByRole('heading', { name: 'Coaching session for Chloe Nguyen' })).toBeVisible();
  await manager.getByLabel('Focus skills').fill('Patience, Closing the loop');
  await manager.getByLabel('Notes').fill(NOTES);
  await manager.getByLabel('Follow-up date').fill(inAWeek());
  await manager.getByRole('checkbox', { name: 'Empathy in Every Interaction' }).check();
  await manager.getByRole('button', { name: 'Open session' }).click();
  const session = manager.getByRole('article', { name: 'Coaching session with Chloe Nguyen' });
  await expect(session.getByText('Open', { exact: true })).toBeVisible();
  await expect(session.getByText(NOTES)).toBeVisible();
  await expect(manager.getByRole('region', { name: 'Needs coaching' }).getByText('The chat was closed')).toHaveCount(0);
  await snapshotAtBothSizes(manager, testInfo, '01-manager-opens-coaching');

  // Chloe reads her feedback and the session, and acknowledges it; the course is assigned to her.
  await signIn(agent, 'chloe@northwind.example');
  await expect(
    agent.getByRole('region', { name: 'Assigned to you' }).getByRole('link', { name: /Empathy in Every Interaction/ }),
  ).toBeVisible();
  await navigate(agent, 'My feedback');
  await expect(agent.getByRole('heading', { name: 'My feedback' })).toBeVisible();
  await expect(agent.getByText('The chat was closed before my refund went through.').first()).toBeVisible();
  await expect(agent.getByText(NOTES)).toBeVisible();
  await expect(agent.getByText('Frontline Support, last 30 days')).toBeVisible();
  await snapshotAtBothSizes(agent, testInfo, '02-agent-my-feedback');
  await agent.getByRole('button', { name: 'Acknowledge' }).click();
  await expect(agent.getByText('Acknowledged', { exact: true })).toBeVisible();

  // A colleague on the same team sees neither the session nor its notes, on their page or on the feed.
  await signIn(colleague, 'leo@northwind.example');
  await navigate(colleague, 'My feedback');
  await expect(colleague.getByRole('heading', { name: 'Ratings and comments' })).toBeVisible();
  await expect(colleague.getByText(NOTES)).toHaveCount(0);
  await navigate(colleague, 'Feed');
  await expect(colleague.getByRole('heading', { name: 'Feed' })).toBeVisible();
  await expect(colleague.getByText(NOTES)).toHaveCount(0);

  // The manager completes the session.
  await manager.reload();
  const acknowledged = manager.getByRole('article', { name: 'Coaching session with Chloe Nguyen' });
  await expect(acknowledged.getByText('Acknowledged', { exact: true })).toBeVisible();
  await acknowledged.getByRole('button', { name: 'Mark completed' }).click();
  await expect(acknowledged.getByText('Completed', { exact: true })).toBeVisible();

  // The manager's home: who gives and receives kudos in the team.
  await navigate(manager, 'Home');
  await expect(manager.getByRole('region', { name: 'Kudos given and received, 30 days' })).toBeVisible();
  await snapshotAtBothSizes(manager, testInfo, '03-manager-home-participation');
});
