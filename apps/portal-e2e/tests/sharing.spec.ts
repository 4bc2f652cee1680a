import { expect, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { navigate, signIn, snapshotAtBothSizes, test } from './support';

/** Clicks "Download image" and reads the picture the browser saved. */
async function downloadedImage(page: Page): Promise<{ name: string; svg: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download image' }).click()]);
  return { name: download.suggestedFilename(), svg: await readFile((await download.path())!, 'utf8') };
}

/** The "Add to LinkedIn profile" link's address, as LinkedIn's form reads it. */
async function linkedIn(page: Page): Promise<URL> {
  const link = page.getByRole('link', { name: 'Add to LinkedIn profile' });
  await expect(link).toHaveAttribute('target', '_blank');
  return new URL((await link.getAttribute('href'))!);
}

test('a holder shares a badge and a certificate: LinkedIn’s form filled with the credential, and the picture to download', async ({
  page,
}, testInfo) => {
  await signIn(page, 'ava@northwind.example');
  await navigate(page, 'Badges');
  await page
    .getByRole('region', { name: /Earned/ })
    .getByRole('link')
    .first()
    .click();
  await expect(page.getByText(/You earned it on/)).toBeVisible();
  const badgeName = (await page.getByRole('heading', { level: 1 }).textContent())!;
  const badge = await linkedIn(page);
  expect(badge.origin + badge.pathname).toBe('https://www.linkedin.com/profile/add');
  expect(badge.searchParams.get('startTask')).toBe('CERTIFICATION_NAME');
  expect(badge.searchParams.get('name')).toBe(badgeName);
  expect(badge.searchParams.get('organizationName')).toBe('Northwind Support');
  // The credential's public address (PUBLIC_URL), where anyone verifies it.
  expect(badge.searchParams.get('certUrl')).toMatch(new RegExp(`^https?://[^/]+/credentials/${badge.searchParams.get('certId')}$`));
  await snapshotAtBothSizes(page, testInfo, '01-badge-share');
  const badgeImage = await downloadedImage(page);
  expect(badgeImage.name).toMatch(/\.svg$/);
  expect(badgeImage.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(badgeImage.svg).toContain(`<title>${badgeName}</title>`);

  await navigate(page, 'Certifications');
  await page
    .getByRole('link', { name: /Certificate/ })
    .first()
    .click();
  await expect(page.getByRole('article', { name: 'Certificate' })).toBeVisible();
  const certificate = await linkedIn(page);
  expect(certificate.searchParams.get('name')).toBe(await page.getByRole('heading', { level: 2 }).first().textContent());
  expect(certificate.searchParams.get('expirationYear')).toMatch(/^\d{4}$/);
  expect(certificate.searchParams.get('certUrl')).toContain(`/credentials/${certificate.searchParams.get('certId')}`);
  await snapshotAtBothSizes(page, testInfo, '02-certificate-share');
  expect((await downloadedImage(page)).svg).toContain('<svg');
});

test('an admin sets the chat channel, is told a webhook must be https, sees a warning after failed posts, and stops posting', async ({
  page,
}, testInfo) => {
  await signIn(page, 'admin@northwind.example');
  // Diego's work anniversary is on the feed today.
  await navigate(page, 'Feed');
  await expect(page.getByText(/Diego Alvarez.*: 3 years at Northwind Support/).first()).toBeVisible();

  await navigate(page, 'Settings');
  const channel = page.getByRole('region', { name: 'Chat channel' });
  await expect(channel.getByText('Celebrations are not posted to a chat channel yet.')).toBeVisible();
  const field = channel.getByLabel('Incoming webhook URL', { exact: true });
  await field.fill('http://hooks.slack.com/services/T0/B0/x');
  await channel.getByRole('button', { name: 'Save webhook' }).click();
  await expect(channel.getByText('The webhook URL must start with https://')).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await snapshotAtBothSizes(page, testInfo, '03-chat-channel-refused');

  // An https address nothing answers at: every post fails.
  await field.fill('https://127.0.0.1:9/hooks/northwind');
  await channel.getByRole('button', { name: 'Save webhook' }).click();
  await expect(channel.getByText('Saved. New celebrations will be posted to this channel.')).toBeVisible();

  const me = (await (await page.request.post('/graphql', { data: { query: '{ me { id } }' } })).json()) as { data: { me: { id: string } } };
  for (const title of ['Calm through the outage', 'The refund that kept a customer', 'Night shift heroes']) {
    const response = await page.request.post('/graphql', {
      data: {
        query: 'mutation ($input: PostSuccessStoryInput!) { postSuccessStory(input: $input) { id } }',
        variables: { input: { title, body: 'Told for the chat channel.', userIds: [me.data.me.id] } },
      },
    });
    expect(response.ok()).toBe(true);
  }
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('region', { name: 'Chat channel' }).getByRole('alert')).toContainText('posts to the chat channel failed', {
      timeout: 1_000,
    });
  }).toPass({ timeout: 30_000 });
  await snapshotAtBothSizes(page, testInfo, '04-chat-channel-failing');

  await page.getByRole('region', { name: 'Chat channel' }).getByRole('button', { name: 'Stop posting' }).click();
  await expect(page.getByText('Celebrations are no longer posted to a chat channel.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Chat channel' }).getByRole('alert')).toHaveCount(0);
});
