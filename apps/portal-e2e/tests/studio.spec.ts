import { expect } from '@playwright/test';
import { navigate, signIn, snapshotAtBothSizes, test } from './support';

const DESKTOP = { width: 1366, height: 900 };

test('a manager edits a course people completed and a learning path; the learner stays certified', async ({ page, browser }, testInfo) => {
  await page.setViewportSize(DESKTOP);
  await signIn(page, 'maya@northwind.example');
  await navigate(page, 'Course studio');
  await page.getByRole('link', { name: /De-escalating an Angry Customer/ }).click();
  await expect(page.getByRole('heading', { name: 'De-escalating an Angry Customer' })).toBeVisible();
  // A scenario's questions are its decision points, counted in the right number.
  await expect(page.getByText(/Role-play · \d+ decision points? · pass at/)).toBeVisible();
  await snapshotAtBothSizes(page, testInfo, '01-studio-course');

  // An empty title is caught in the browser, in words.
  await page.getByRole('button', { name: 'Edit details' }).click();
  const details = page.getByRole('form', { name: 'Course details' });
  await details.getByLabel('Title').fill('');
  await details.getByRole('button', { name: 'Save details' }).click();
  await expect(details.getByText('Title must be 1 to 120 characters')).toBeVisible();
  await details.getByLabel('Title').fill('Calming an Angry Customer');
  await details.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByRole('heading', { name: 'Calming an Angry Customer' })).toBeVisible();

  // A new module on the published course, then moved up with the keyboard.
  await page.getByLabel('Title', { exact: true }).fill('Closing the call well');
  await page.getByLabel('Body (Markdown)').fill('Summarise what you did and what happens next.');
  await page.getByRole('button', { name: 'Add module' }).click();
  await expect(page.getByText('Added “Closing the call well” as module 4.')).toBeVisible();
  const modules = page.getByRole('region', { name: 'Modules' }).getByRole('listitem');
  await expect(modules).toHaveCount(4);
  await page.getByRole('button', { name: 'Move “Closing the call well” up' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '“Closing the call well” is now module 3 of 4.' })).toBeAttached();
  await expect(modules.nth(2)).toContainText('Closing the call well');
  await expect(page.getByRole('button', { name: 'Move “Closing the call well” up' })).toBeFocused();

  // A module people have passed cannot be removed: the dialog says why.
  await page.getByRole('button', { name: 'Remove “Why customers get angry”' }).click();
  const removal = page.getByRole('dialog', { name: 'Remove “Why customers get angry”?' });
  await removal.getByRole('button', { name: 'Remove module' }).click();
  await expect(removal.getByText(/already completed this module.*archive the course/)).toBeVisible();
  await snapshotAtBothSizes(page, testInfo, '02-removal-refused', { fullPage: false });
  await removal.getByRole('button', { name: 'Cancel' }).click();
  await expect(modules).toHaveCount(4);

  // The scenario's editor loads its decision points with their right answers.
  await page.getByRole('button', { name: 'Edit “Role-play: the double-charged subscriber”' }).click();
  const editor = page.getByRole('form', { name: 'Edit Role-play: the double-charged subscriber' });
  await expect(editor.getByText('Decision point 1', { exact: true })).toBeVisible();
  await expect(
    editor.getByRole('radiogroup', { name: 'Right answer to decision point 1' }).getByRole('radio', { checked: true }),
  ).toHaveCount(1);
  await snapshotAtBothSizes(page, testInfo, '03-module-editor');
  await editor.getByLabel('Passing score (%)').fill('80');
  await editor.getByRole('button', { name: 'Save module' }).click();
  await expect(editor).toBeHidden();
  await expect(modules.nth(1)).toContainText('pass at 80%');
  await snapshotAtBothSizes(page, testInfo, '04-studio-course-edited');

  // The onboarding path gains the course, moved up one place.
  await navigate(page, 'Learning paths');
  await page.getByRole('button', { name: 'Edit “New Hire Onboarding”' }).click();
  const pathEditor = page.getByRole('form', { name: 'Edit New Hire Onboarding' });
  await pathEditor.getByRole('combobox', { name: 'Add a course' }).fill('Calming');
  await pathEditor.getByRole('option', { name: /Calming an Angry Customer/ }).click();
  await pathEditor.getByRole('button', { name: 'Move “Calming an Angry Customer” up' }).click();
  await expect(pathEditor.getByRole('button', { name: 'Move “Calming an Angry Customer” up' })).toBeFocused();
  await snapshotAtBothSizes(page, testInfo, '05-path-editor');
  await pathEditor.getByRole('button', { name: 'Save path' }).click();
  await expect(pathEditor).toBeHidden();
  const steps = page.getByRole('listitem').filter({ hasText: /Calming an Angry Customer|Product Knowledge/ });
  await expect(steps.first()).toContainText('Calming an Angry Customer');
  await snapshotAtBothSizes(page, testInfo, '06-paths');

  // Ava completed the course before all this: still completed, still certified.
  const learnerContext = await browser.newContext({ viewport: DESKTOP });
  const learner = await learnerContext.newPage();
  await signIn(learner, 'ava@northwind.example');
  await navigate(learner, 'Courses');
  await expect(learner.getByRole('link', { name: /Calming an Angry Customer/ })).toContainText('Completed');
  await learner.getByRole('link', { name: /Calming an Angry Customer/ }).click();
  await expect(learner.getByRole('heading', { name: 'Calming an Angry Customer', level: 1 })).toBeVisible();
  await expect(learner.getByText('Completed', { exact: true })).toBeVisible();
  await expect(learner.getByText('Completed · 1 module added since, yours to explore')).toBeVisible();
  await snapshotAtBothSizes(learner, testInfo, '07-learner-course');
  await navigate(learner, 'Certifications');
  await expect(learner.getByRole('link', { name: /Certificate/ }).first()).toBeVisible();
  await snapshotAtBothSizes(learner, testInfo, '08-learner-certifications');
  await learnerContext.close();
});
