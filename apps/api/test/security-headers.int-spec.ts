import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentSecurityPolicy } from '../src/app/security-headers.js';
import { startTestApi } from './support/test-app.js';

/** HSTS pins a host to https for a year: sent only when the API is reached over https. */
describe('security headers and the public URL', () => {
  async function headersAt(publicUrl: string) {
    const api = await startTestApi({ publicUrl });
    try {
      const answer = await fetch(`${api.url}/health`);
      return { hsts: answer.headers.get('strict-transport-security'), csp: answer.headers.get('content-security-policy') };
    } finally {
      await api.close();
    }
  }

  it('sends HSTS for this host, and upgrades any http URL left, when PUBLIC_URL is https', async () => {
    const { hsts, csp } = await headersAt('https://laurels.example');
    expect(hsts).toBe('max-age=31536000');
    expect(csp).toMatch(/;upgrade-insecure-requests$/);
  });

  it('sends neither when PUBLIC_URL is http', async () => {
    const { hsts, csp } = await headersAt('http://laurels.test');
    expect(hsts).toBeNull();
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
  });
});

describe('the portal image’s nginx', () => {
  it('sends the content security policy the API sends', () => {
    const snippet = readFileSync(join(import.meta.dirname, '../../../deploy/security-headers.conf'), 'utf8');
    const sent = /^add_header Content-Security-Policy "([^"]+)" always;$/m.exec(snippet)?.[1];
    const policy = Object.entries(contentSecurityPolicy(false))
      .map(([directive, sources]) => [directive, ...sources].join(' '))
      .join(';');
    expect(sent).toBe(policy);
  });
});
