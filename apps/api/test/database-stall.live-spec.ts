import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/platform/embedded-postgres/embedded-postgres.ts';
import { Processes, sleep, type ApiProcess } from './support/processes.js';

/**
 * A PostgreSQL that stops answering (a frozen host, a stuck disk): its own
 * cluster, so that freezing it stalls no other test. The production API's
 * /health must say so quickly rather than hang, and the API must carry on
 * once the database answers again.
 */

/** The cluster's server process and every process it started (its backends and workers). */
function postgresProcesses(dataDir: string): number[] {
  const postmaster = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const children = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        // /proc/<pid>/stat: "pid (command) state ppid …"; the command may hold spaces and parentheses.
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster;
      } catch {
        return false;
      }
    })
    .map(Number);
  return [postmaster, ...children];
}

async function health(api: ApiProcess): Promise<{ status: number; ms: number }> {
  const started = Date.now();
  const response = await fetch(`${api.url}/health`, { signal: AbortSignal.timeout(15_000) });
  await response.arrayBuffer();
  return { status: response.status, ms: Date.now() - started };
}

describe('a stalled database', () => {
  const processes = new Processes();
  const dir = mkdtempSync(join(tmpdir(), 'laurels-stall-'));
  let database: EmbeddedDatabase;
  let api: ApiProcess;
  let frozen: number[] = [];
  const resume = () => frozen.splice(0).forEach((pid) => process.kill(pid, 'SIGCONT'));

  beforeAll(async () => {
    // As root, PostgreSQL runs as another user, which must be able to walk into the folder.
    chmodSync(dir, 0o755);
    database = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), database: 'laurels', fast: true, persistent: false });
    api = await processes.api('stall', {
      DATABASE_URL: database.url,
      SEED_DEMO: 'false',
      NODE_ENV: 'production',
      JWT_SECRET: randomBytes(32).toString('hex'),
      CREDENTIALS_SECRET: randomBytes(32).toString('hex'),
    });
  }, 120_000);

  afterAll(async () => {
    resume();
    await processes.stopAll();
    await database?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('makes /health answer 503 within a couple of seconds, and the API carries on once PostgreSQL answers again', async () => {
    expect(await health(api)).toEqual({ status: 200, ms: expect.any(Number) });

    // The server first, so that it starts no process after its backends are frozen.
    frozen = postgresProcesses(database.dataDir);
    for (const pid of frozen) process.kill(pid, 'SIGSTOP');
    // As a load balancer asks: again and again, each on a connection the stalled ones have not freed.
    for (let check = 0; check < 3; check++) {
      const { status, ms } = await health(api);
      expect([status, ms < 3_000]).toEqual([503, true]);
    }

    resume();
    let recovered = await health(api);
    for (const deadline = Date.now() + 10_000; recovered.status !== 200 && Date.now() < deadline; await sleep(200))
      recovered = await health(api);
    expect(recovered.status).toBe(200);
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation ($input: SignUpInput!) { signUp(input: $input) { user { displayName } } }`,
        variables: {
          input: {
            organizationName: 'After the stall',
            adminEmail: 'admin@after-the-stall.example',
            adminDisplayName: 'Ada Admin',
            adminPassword: randomBytes(18).toString('base64url'),
          },
        },
      }),
    });
    expect(await response.json()).toEqual({ data: { signUp: { user: { displayName: 'Ada Admin' } } } });
  }, 60_000);
});
