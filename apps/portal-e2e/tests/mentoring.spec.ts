import { expect } from '@playwright/test';
import { homePoints, navigate, signIn, snapshot, snapshotAtBothSizes, test } from './support';

test('a manager pairs a mentor and a mentee; the mentor logs a session, earns points, completes it, and the feed celebrates both', async ({
  browser,
}, testInfo) => {
  const managerContext = await browser.newContext();
  const mentorContext = await browser.newContext();
  const manager = await managerContext.newPage();
  const mentor = await mentorContext.newPage();

  // The demo mentorship, as its mentor sees it: sessions with their notes and points.
  const demoContext = await browser.newContext();
  const demoMentor = await demoContext.newPage();
  await signIn(demoMentor, 'hannah@northwind.example');
  await navigate(demoMentor, 'Mentoring');
  const demo = demoMentor.getByRole('region', { name: 'As mentor' });
  await expect(demo.getByText('Own tier-2 escalations end to end, from first reply to root cause')).toBeVisible();
  await expect(demo.getByText('Shadowed Hannah on a live escalation; wrote up the root cause together.')).toBeVisible();
  await snapshotAtBothSizes(demoMentor, testInfo, '01-demo-mentorship');
  await demoContext.close();

  // The manager pairs someone from another team as mentor with one of their own people.
  await signIn(manager, 'jordan@northwind.example');
  await navigate(manager, 'Mentoring');
  const myTeam = manager.getByRole('region', { name: 'In Technical Support' });
  await expect(myTeam.getByRole('region', { name: /Hannah Kim mentors Diego Alvarez/ })).toBeVisible();
  await manager.getByRole('button', { name: 'Pair people' }).click();
  await manager.getByRole('combobox', { name: 'Mentor', exact: true }).fill('noah');
  await manager.getByRole('option', { name: /Noah Fischer/ }).click();
  await manager.getByRole('combobox', { name: 'Mentee', exact: true }).fill('ben');
  await manager.getByRole('option', { name: /Ben Carter/ }).click();
  await manager.getByRole('textbox', { name: 'Goal', exact: true }).fill('Run renewal calls with confidence');
  await manager.getByRole('button', { name: 'Pair them' }).click();
  await expect(manager.getByText('Noah Fischer now mentors Ben Carter.')).toBeVisible();
  await expect(myTeam.getByRole('region', { name: /Noah Fischer mentors Ben Carter/ })).toBeVisible();
  await snapshotAtBothSizes(manager, testInfo, '02-manager-pairs');

  // The mentor logs a session and earns the points for it.
  await signIn(mentor, 'noah@northwind.example');
  const pointsBefore = await homePoints(mentor);
  await navigate(mentor, 'Mentoring');
  const card = mentor.getByRole('region', { name: /Noah Fischer mentors Ben Carter/ });
  await expect(card.getByText('Run renewal calls with confidence')).toBeVisible();
  await expect(card.getByText('No sessions logged yet.')).toBeVisible();
  await card.getByRole('spinbutton', { name: 'Minutes', exact: true }).fill('40');
  await card.getByRole('textbox', { name: 'Notes', exact: true }).fill('Listened to two renewal calls and agreed on an opening.');
  await card.getByRole('button', { name: 'Log session' }).click();
  await expect(card.getByText('Session logged: +20 points for Noah Fischer.')).toBeVisible();
  await expect(card.getByText('Listened to two renewal calls and agreed on an opening.')).toBeVisible();
  await expect(card.getByText('+20 points', { exact: true })).toBeVisible();
  await snapshotAtBothSizes(mentor, testInfo, '03-mentor-logs-session');
  expect(await homePoints(mentor)).toBe(pointsBefore + 20);

  // Completing it celebrates the two of them on the feed.
  await navigate(mentor, 'Mentoring');
  await mentor
    .getByRole('region', { name: /Noah Fischer mentors Ben Carter/ })
    .getByRole('button', { name: 'Complete mentorship' })
    .click();
  await expect(mentor.getByText('Completed — celebrated on the feed for both of you.')).toBeVisible();
  await expect(
    mentor.getByRole('region', { name: /Noah Fischer mentors Ben Carter/ }).getByText('Completed', { exact: true }),
  ).toBeVisible();
  await navigate(mentor, 'Feed');
  await expect(mentor.getByText('Noah Fischer and Ben Carter completed a mentorship')).toBeVisible();
  await snapshot(mentor, testInfo, '04-feed-celebrates');

  await managerContext.close();
  await mentorContext.close();
});
