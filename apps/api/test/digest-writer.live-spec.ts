import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Processes } from './support/processes.js';
import { createTestDatabase } from './support/database.js';

const WORKSPACE = resolve(import.meta.dirname, '../../..');
const WRITER = join(WORKSPACE, 'apps/api/dist/app/cli/write-digest.js');

/** `npm run digest`, on the built API: the week is the organisation's, Monday to Monday in its time zone. */
describe('the digest writer', () => {
  const processes = new Processes();
  const out = mkdtempSync(join(tmpdir(), 'laurels-digest-'));
  const env = { JWT_SECRET: randomBytes(32).toString('hex'), CREDENTIALS_SECRET: randomBytes(32).toString('hex') };
  let databaseUrl: string;

  beforeAll(async () => {
    databaseUrl = await createTestDatabase('digest');
    // The API seeds the demo organisation, then the writer reads it.
    await processes.api('demo', { ...env, DATABASE_URL: databaseUrl, SEED_DEMO: 'true' });
  }, 90_000);

  afterAll(async () => {
    await processes.stopAll();
    rmSync(out, { recursive: true, force: true });
  });

  const write = (...args: string[]) =>
    promisify(execFile)(process.execPath, [WRITER, ...args], {
      cwd: out,
      env: { ...process.env, ...env, DATABASE_URL: databaseUrl, NODE_OPTIONS: '' },
    });

  it('writes the week holding the day asked for, named by its Monday, as one self-contained HTML file', async () => {
    const { stdout } = await write('--week', '2026-11-19', '--org', 'northwind-support', '--out', 'week.html');
    expect(stdout).toMatch(/the week of 2026-11-16 /);
    const html = readFileSync(join(out, 'week.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('Northwind Support');
    expect(html).not.toMatch(/<script/i);
  });

  it('refuses a day that is not a calendar day, and an organisation that does not exist, saying why', async () => {
    await expect(write('--week', '2026-02-30', '--org', 'northwind-support')).rejects.toMatchObject({
      stderr: expect.stringContaining('--week must be a date like'),
    });
    await expect(write('--org', 'nobody')).rejects.toMatchObject({
      stderr: expect.stringContaining('No organisation has the slug "nobody"'),
    });
  });
});
