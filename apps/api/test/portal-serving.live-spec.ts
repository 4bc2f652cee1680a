import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { Processes, type ApiProcess } from './support/processes.js';
import { createTestDatabase } from './support/database.js';

/**
 * The built portal as the production API serves it, on a real process: a
 * portal folder laid out as Vite writes it (hashed assets with their brotli
 * and gzip twins and a source map).
 */

const INDEX = '<!doctype html><title>Laurels</title><script type="module" src="/assets/index-Ab12Cd34.js"></script>';
const SCRIPT = `console.log(${JSON.stringify('a page of the portal '.repeat(50))});`;

function writePortal(dir: string): void {
  mkdirSync(join(dir, 'assets'));
  const write = (path: string, text: string) => {
    writeFileSync(join(dir, path), text);
    writeFileSync(join(dir, `${path}.br`), brotliCompressSync(text));
    writeFileSync(join(dir, `${path}.gz`), gzipSync(text));
  };
  write('index.html', INDEX);
  write('assets/index-Ab12Cd34.js', SCRIPT);
  writeFileSync(join(dir, 'assets/index-Ab12Cd34.js.map'), '{"version":3,"sources":["src/main.tsx"],"mappings":""}');
}

describe('the built portal, served by the API', () => {
  const processes = new Processes();
  const portalDir = mkdtempSync(join(tmpdir(), 'laurels-portal-'));
  let api: ApiProcess;

  beforeAll(async () => {
    chmodSync(portalDir, 0o755);
    writePortal(portalDir);
    api = await processes.api('portal', {
      DATABASE_URL: await createTestDatabase('portal'),
      PORTAL_DIR: portalDir,
      SEED_DEMO: 'false',
      NODE_ENV: 'production',
      JWT_SECRET: randomBytes(32).toString('hex'),
      CREDENTIALS_SECRET: randomBytes(32).toString('hex'),
    });
  }, 90_000);

  afterAll(async () => {
    await processes.stopAll();
    rmSync(portalDir, { recursive: true, force: true });
  });

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${api.url}${path}`, { headers });

  it('sends the precompressed brotli or gzip file the browser accepts, and the plain one otherwise', async () => {
    const brotli = await get('/assets/index-Ab12Cd34.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(brotli.headers.get('content-encoding')).toBe('br');
    expect(await brotli.text()).toBe(SCRIPT);
    const gzip = await get('/assets/index-Ab12Cd34.js', { 'accept-encoding': 'gzip' });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(await gzip.text()).toBe(SCRIPT);
    const plain = await get('/assets/index-Ab12Cd34.js', { 'accept-encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(SCRIPT);
  });

  it('lets browsers keep hashed assets for a year and makes them check index.html on every load', async () => {
    expect((await get('/assets/index-Ab12Cd34.js')).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const index = await get('/', { accept: 'text/html' });
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(await index.text()).toBe(INDEX);
  });

  it('answers a page path with index.html, for the portal’s router', async () => {
    const page = await get('/teams/42/manage', { accept: 'text/html' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toBe(INDEX);
  });

  it('never serves source maps', async () => {
    expect((await get('/assets/index-Ab12Cd34.js.map')).status).toBe(404);
  });

  it('keeps the API’s own paths: GraphQL, health and credentials are never the portal page', async () => {
    const graphql = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    expect(await graphql.json()).toEqual({ data: { __typename: 'Query' } });
    expect(await (await get('/health')).json()).toEqual({ status: 'ok', database: 'up' });
    const credential = await get('/credentials/not-an-id', { accept: 'application/json' });
    expect(credential.status).toBe(404);
    expect(credential.headers.get('content-type')).toMatch(/json/);
  });

  it('sends security headers with the portal’s pages and assets and the API’s answers, errors included', async () => {
    const answers = {
      'the page': await get('/', { accept: 'text/html' }),
      'a page path': await get('/teams/42/manage', { accept: 'text/html' }),
      'an asset': await get('/assets/index-Ab12Cd34.js', { 'accept-encoding': 'br' }),
      'a missing file': await get('/assets/missing.js'),
      GraphQL: await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      }),
      'a request too large': await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ __typename }`, variables: { padding: 'x'.repeat(2 * 1024 * 1024) } }),
      }),
      health: await get('/health'),
      'a credential': await get('/credentials/not-an-id', { accept: 'application/json' }),
    };
    for (const [what, answer] of Object.entries(answers)) {
      const headers = Object.fromEntries(
        [
          'content-security-policy',
          'x-content-type-options',
          'x-frame-options',
          'referrer-policy',
          'strict-transport-security',
          'x-powered-by',
        ].map((name) => [name, answer.headers.get(name)]),
      );
      expect([what, headers]).toEqual([
        what,
        {
          'content-security-policy':
            "default-src 'self';script-src 'self';style-src 'self';img-src 'self' data:;font-src 'self';connect-src 'self';worker-src 'self' blob:;" +
            "object-src 'none';base-uri 'self';form-action 'self';frame-ancestors 'none'",
          'x-content-type-options': 'nosniff',
          'x-frame-options': 'DENY',
          'referrer-policy': 'no-referrer',
          // PUBLIC_URL is http here: no HSTS.
          'strict-transport-security': null,
          'x-powered-by': null,
        },
      ]);
    }
    expect(answers['a request too large'].status).toBe(413);
  });
});
