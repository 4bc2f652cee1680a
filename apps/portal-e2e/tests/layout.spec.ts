import { expect } from '@playwright/test';
import { navigate, signIn, snapshotAtBothSizes, test } from './support';

/** The pages of a PDF: each page object is a dictionary of `/Type /Page` (the page tree's is `/Type /Pages`). */
function pdfPages(pdf: Buffer): { count: number; sizes: string[] } {
  const text = pdf.toString('latin1');
  const pages = text.match(/\/Type\s*\/Page(?!s)\b/g) ?? [];
  const sizes = [...text.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map(
    ([, width, height]) => `${Math.round(Number(width))}x${Math.round(Number(height))}`,
  );
  return { count: pages.length, sizes };
}

test('a certificate prints as one A4 landscape page, with nothing of the app around it', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(page, 'ava@northwind.example');
  await navigate(page, 'Certifications');
  await page
    .getByRole('link', { name: /Certificate/ })
    .first()
    .click();
  const certificate = page.getByRole('article', { name: 'Certificate' });
  await expect(certificate).toBeVisible();
  await snapshotAtBothSizes(page, testInfo, '01-certificate');

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(certificate).toBeVisible();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await testInfo.attach('certificate.pdf', { body: pdf, contentType: 'application/pdf' });
  // A4 landscape in PDF points: 297 × 210 mm.
  expect(pdfPages(pdf)).toEqual({ count: 1, sizes: ['842x595'] });
});

test('Manage team never scrolls sideways on a phone, and its matrix scrolls in its own box with the names kept in view', async ({
  page,
}, testInfo) => {
  await signIn(page, 'maya@northwind.example');
  await navigate(page, 'Teams');
  await page.getByRole('link', { name: /Frontline Support/ }).click();
  await page.getByRole('link', { name: 'Manage team' }).click();
  const matrix = page.getByRole('region', { name: 'Assigned training, scrolls sideways' }).getByRole('table');
  await expect(matrix).toBeVisible();

  for (const size of [
    { width: 390, height: 844 },
    { width: 1366, height: 900 },
  ]) {
    await page.setViewportSize(size);
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
    // The people's column stays while the courses scroll, and the scrolling box says it scrolls.
    const layout = await matrix.evaluate((table) => {
      const scroller = table.parentElement!;
      const firstCell = table.querySelector('tbody th')!;
      const cut = [...table.querySelectorAll('th, td span')].filter((cell) => cell.scrollWidth > cell.clientWidth + 1);
      return {
        scrolls: scroller.scrollWidth > scroller.clientWidth,
        scrollerNamed: scroller.getAttribute('aria-label'),
        focusable: scroller.tabIndex === 0,
        sticky: getComputedStyle(firstCell).position,
        cut: cut.map((cell) => cell.textContent),
      };
    });
    expect(layout.cut).toEqual([]);
    expect(layout.sticky).toBe('sticky');
    if (layout.scrolls) expect(layout).toMatchObject({ scrollerNamed: 'Assigned training, scrolls sideways', focusable: true });
  }
  await snapshotAtBothSizes(page, testInfo, '02-manage-team');
});

test('the sidebar runs the full height of a long page', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 600 });
  await signIn(page, 'priya@northwind.example');
  await navigate(page, 'Feed');
  await expect(page.getByRole('article').first()).toBeVisible();
  const { pageHeight, column } = await page.evaluate(() => {
    const sidebar = document.querySelector('nav[aria-label="Main"]')!;
    const shell = sidebar.parentElement!;
    return {
      pageHeight: document.documentElement.scrollHeight,
      column: { height: shell.getBoundingClientRect().height, paint: getComputedStyle(shell, '::before').backgroundColor },
    };
  });
  expect(pageHeight).toBeGreaterThan(600);
  // scrollHeight is rounded to a whole pixel; the column's height may be a fraction under it.
  expect(Math.round(column.height)).toBeGreaterThanOrEqual(pageHeight);
  // The sidebar's own colour at its foot (--color-brand-800).
  expect(column.paint).toBe('rgb(20, 83, 45)');
  await page.screenshot({ path: testInfo.outputPath('03-long-feed.png'), fullPage: true });
});
