import { expect } from '@playwright/test';
import { signIn, test } from './support';

test('the portal runs under its Content-Security-Policy: no inline script in the build, and an injected one refused', async ({
  page,
  request,
  securityPolicyViolations,
}) => {
  const index = await request.get('/', { headers: { accept: 'text/html' } });
  const policy = index.headers()['content-security-policy'];
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(index.headers()['x-frame-options']).toBe('DENY');
  // Every script of the built page is a file of its own; no element carries an inline event handler.
  const html = await index.text();
  expect(html.match(/<script\b[^>]*>/g)?.every((tag) => /\ssrc="\/assets\/[^"]+\.js"/.test(tag))).toBe(true);
  expect(html).not.toMatch(/\son[a-z]+=/i);

  // On a signed-in page, as the journeys run.
  await signIn(page, 'priya@northwind.example');
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.head.append(script);
    return (window as { injected?: boolean }).injected ?? false;
  });
  expect(ran).toBe(false);
  await expect.poll(() => securityPolicyViolations.length).toBe(1);
  expect(securityPolicyViolations[0]).toMatch(
    /^Executing inline script violates the following Content Security Policy directive 'script-src 'self''/,
  );
  // Seen, and the only one: the fixture fails the test on any other.
  securityPolicyViolations.splice(0);
});
