import { expect } from '@playwright/test';
import { homePoints, navigate, signIn, snapshot, test } from './support';

test('an employee completes a lesson and passes a quiz, and sees points and progress rise', async ({ page }, testInfo) => {
  await signIn(page, 'chloe@northwind.example');
  await snapshot(page, testInfo, '01-home');
  const before = await homePoints(page);

  await navigate(page, 'Courses');
  await expect(page.getByRole('heading', { name: 'Course catalogue' })).toBeVisible();
  await page.getByRole('button', { name: 'active listening' }).click();
  await expect(page.getByRole('link', { name: /Empathy in Every Interaction/ })).toHaveCount(0);
  await snapshot(page, testInfo, '02-catalogue');
  await page.getByRole('link', { name: /Active Listening/ }).click();
  await expect(page.getByText('0 of 2 modules passed')).toBeVisible();
  await snapshot(page, testInfo, '03-course');

  await page.getByRole('button', { name: 'Start course' }).click();
  await expect(page.getByRole('heading', { name: 'The listening loop' })).toBeVisible();
  await snapshot(page, testInfo, '04-lesson');
  await page.getByRole('button', { name: 'Mark as complete' }).click();
  await expect(page.getByText('+10 points')).toBeVisible();
  await expect(page.getByText('Passed', { exact: true })).toBeVisible();

  await page.getByRole('link', { name: /Next: Listening check/ }).click();
  await expect(page.getByRole('heading', { name: 'Listening check' })).toBeVisible();
  // A wrong answer first: the attempt fails, awards nothing, and can be retried.
  await page.getByRole('radio', { name: '"Is that all?"' }).check();
  await page.getByRole('radio', { name: 'Before you start solving' }).check();
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await expect(page.getByText('50% — not quite there yet')).toBeVisible();
  await snapshot(page, testInfo, '05-quiz-failed');

  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('radio', { name: '"What were you trying to do when it stopped?"' }).check();
  await page.getByRole('radio', { name: 'Before you start solving' }).check();
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await expect(page.getByText('Passed with 100%')).toBeVisible();
  // The quiz, the course bonus and the Course Finisher badge it earns.
  await expect(page.getByText('+95 points')).toBeVisible();
  // A first completed course earns a badge, and the points cross the first level: one celebration for both.
  const celebration = page.getByRole('dialog', { name: 'Badge earned!' });
  await expect(celebration).toBeVisible();
  await expect(celebration.getByText('Course Finisher')).toBeVisible();
  await expect(celebration.getByText('Level 2 · Active Listener')).toBeVisible();
  await page.waitForTimeout(700); // let the entrance animation and the confetti play out for the screenshot
  await snapshot(page, testInfo, '06-celebration');
  await celebration.getByRole('button', { name: 'Keep learning' }).click();
  await expect(celebration).toBeHidden();
  await snapshot(page, testInfo, '07-quiz-passed');

  await page.getByRole('link', { name: 'Back to the course' }).click();
  await expect(page.getByText('2 of 2 modules passed')).toBeVisible();
  await expect(page.getByText('Completed')).toBeVisible();
  await snapshot(page, testInfo, '08-course-completed');

  // 10 for the lesson, 20 for the quiz, the course's 50-point bonus and the badge's 25.
  expect(await homePoints(page)).toBe(before + 105);
  await snapshot(page, testInfo, '09-home-after');
});
