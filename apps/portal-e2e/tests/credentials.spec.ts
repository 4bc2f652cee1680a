import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { navigate, signIn, snapshot } from './support';

const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

/** The page at a desktop's and a phone's size, each kept as a screenshot. */
async function atBothSizes(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  for (const [size, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(500); // the navigation drawer slides away when the layout turns to the phone's
    await snapshot(page, testInfo, `${name}-${size}`);
  }
  await page.setViewportSize(DESKTOP);
}

/** Clicks a "Download for your wallet" link and reads the file the browser saved. */
async function walletFile(page: Page): Promise<{ name: string; credential: Record<string, any> }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download for your wallet' }).click(),
  ]);
  return { name: download.suggestedFilename(), credential: JSON.parse(await readFile((await download.path())!, 'utf8')) };
}

test('a holder downloads a badge for their wallet, a stranger verifies it with its DID, an admin revokes it and the stranger sees it revoked', async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  await page.setViewportSize(DESKTOP);
  await signIn(page, 'priya@northwind.example');
  await navigate(page, 'Badges');
  await page
    .getByRole('region', { name: /Earned/ })
    .getByRole('link', { name: /Customer Hero/ })
    .click();
  await expect(page.getByText(/You earned it on/)).toBeVisible();
  await atBothSizes(page, testInfo, '01-badge-page-with-wallet-download');

  const { name, credential } = await walletFile(page);
  expect(name).toBe('customer-hero.json');
  expect(credential).toMatchObject({
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: 'Customer Hero',
    issuer: { id: expect.stringMatching(/^did:key:z6Mk/), name: 'Northwind Support' },
    credentialStatus: { type: 'BitstringStatusListEntry', statusPurpose: 'revocation' },
    credentialSubject: { achievement: { image: { id: expect.stringMatching(/^data:image\/svg\+xml/) } } },
    proof: { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022' },
  });
  const verifyPath = await page.getByRole('link', { name: 'Verifiable credential' }).getAttribute('href');

  // The picture wallets show is the badge as the portal draws it.
  const picture = await browser.newPage({ viewport: { width: 240, height: 240 } });
  await picture.setContent(`<img alt="badge" src="${credential.credentialSubject.achievement.image.id}" width="200" height="200">`);
  await expect(picture.getByRole('img', { name: 'badge' })).toBeVisible();
  await picture.screenshot({ path: testInfo.outputPath('02-badge-picture.png') });
  await picture.close();

  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  await strangerPage.setViewportSize(DESKTOP);
  await strangerPage.goto(`${baseURL}${verifyPath}`);
  await expect(strangerPage.getByRole('heading', { name: 'Valid' })).toBeVisible();
  await expect(strangerPage.getByText(credential.issuer.id)).toBeVisible();
  await expect(strangerPage.getByText(/Not revoked, as the issuer’s public status list says/)).toBeVisible();
  await atBothSizes(strangerPage, testInfo, '03-verify-valid-with-did');
  const statusList = await strangerPage.getByRole('link', { name: 'Status list' }).getAttribute('href');
  expect(statusList).toBe(credential.credentialStatus.statusListCredential);

  // An admin takes the badge back, with a reason.
  const admin = await (await browser.newContext()).newPage();
  await admin.setViewportSize(DESKTOP);
  await signIn(admin, 'admin@northwind.example');
  await navigate(admin, 'Badges');
  await admin
    .getByRole('link', { name: /Customer Hero/ })
    .first()
    .click();
  await admin.getByRole('button', { name: 'Revoke Priya Shah’s badge' }).click();
  const revokeButton = admin.getByRole('button', { name: 'Revoke the badge' });
  await expect(revokeButton).toBeDisabled();
  await admin.getByLabel('Why it is revoked').fill('Given for a call that another agent handled.');
  await atBothSizes(admin, testInfo, '04-admin-revoking');
  await revokeButton.click();
  await expect(admin.getByText('Revoked', { exact: true })).toBeVisible();
  await expect(admin.getByText(/Given for a call that another agent handled/)).toBeVisible();
  await atBothSizes(admin, testInfo, '05-admin-revoked');

  await strangerPage.reload();
  await expect(strangerPage.getByRole('heading', { name: 'Revoked' })).toBeVisible();
  await expect(strangerPage.getByText(/Revoked by the issuer, as the issuer’s public status list says/)).toBeVisible();
  await atBothSizes(strangerPage, testInfo, '06-verify-revoked');
  await stranger.close();

  // The holder no longer gets it for a wallet.
  await page.reload();
  await expect(page.getByText(/it was revoked on/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Download for your wallet' })).toHaveCount(0);
});

test('a certified person downloads their certificate for a wallet', async ({ page }, testInfo) => {
  await page.setViewportSize(DESKTOP);
  await signIn(page, 'ava@northwind.example');
  await navigate(page, 'Certifications');
  await page
    .getByRole('link', { name: /Certificate/ })
    .first()
    .click();
  await expect(page.getByRole('article', { name: 'Certificate' })).toBeVisible();
  await atBothSizes(page, testInfo, '07-certificate-with-wallet-download');
  const { credential } = await walletFile(page);
  expect(credential).toMatchObject({
    credentialSubject: { achievement: { achievementType: 'Certification' } },
    proof: { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022' },
  });
});
