// The processes a bench run starts: its own PostgreSQL, the seeder, the production API and the
// bare baseline server. Each is stopped by the run that started it.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { freePort, startEmbeddedPostgres } from '../../apps/api/dist/platform/embedded-postgres/index.js';

const WORKSPACE = join(import.meta.dirname, '../..');

/** Whatever happens to the bench, the processes it started do not outlive it. */
const running = new Set();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/**
 * The embedded PostgreSQL (production settings, as `npm start` runs it), with pg_stat_statements
 * loaded: it must be preloaded, so the cluster starts once to say so and again to load it. Its
 * buffer cache is sized like a production server's (1 GB, which holds the seeded organisation's
 * working set), not the 128 MB PostgreSQL defaults to.
 */
export async function startDatabase(dir) {
  const options = { dataDir: join(dir, 'postgres'), database: 'laurels', persistent: true };
  const first = await startEmbeddedPostgres(options);
  await withClient(first.url, async (client) => {
    await client.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
    await client.query(`ALTER SYSTEM SET shared_buffers = '1GB'`);
  });
  await first.stop();
  const database = await startEmbeddedPostgres(options);
  await withClient(database.url, (client) => client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements'));
  return database;
}

export async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url });
  // A connection lost while the cluster stops (Ctrl-C) ends the run through its queries, not as an uncaught error.
  client.on('error', (error) => console.error(`[monitor] ${error.message}`));
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Runs a Node script to its end, its output shown as it comes; fails on a non-zero exit. */
export function runScript(script, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(WORKSPACE, script), ...args], {
      cwd: WORKSPACE,
      env: { ...process.env, ...env },
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${script} ended with ${code ?? signal}`))));
  });
}

/** A long-running Node process, its last lines of output kept to explain a failure. */
function startProcess(name, script, env, nodeArgs = []) {
  const child = spawn(process.execPath, [...nodeArgs, join(WORKSPACE, script)], {
    cwd: WORKSPACE,
    env: { ...process.env, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const lines = [];
  const keep = (chunk) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - 40));
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let ended = false;
  const exited = new Promise((resolve) =>
    child.once('exit', () => {
      running.delete(child);
      resolve((ended = true));
    }),
  );
  return {
    name,
    pid: child.pid,
    output: () => lines.join('\n'),
    ended: () => ended,
    async stop() {
      if (ended) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killer);
    },
  };
}

async function waitUntil(started, ready, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (started.ended()) throw new Error(`${started.name} ended before it was ready:\n${started.output()}`);
    if (await ready().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await started.stop();
  throw new Error(`${started.name} was not ready within ${timeoutMs / 1000} s:\n${started.output()}`);
}

/** The production API as `npm start` runs it (node apps/api/dist/main.js), with limits high enough not to throttle the bench. */
export async function startApi(port, env, nodeArgs = []) {
  const api = startProcess(
    'the API',
    'apps/api/dist/main.js',
    {
      ...env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      PORTAL_DIR: 'none',
      SEED_DEMO: 'false',
      LOGIN_RATE_LIMIT: '1000000',
      MUTATION_RATE_LIMIT: '1000000',
    },
    nodeArgs,
  );
  const url = `http://127.0.0.1:${port}`;
  await waitUntil(api, async () => (await fetch(`${url}/health`)).ok, 120_000);
  return { ...api, url: `${url}/graphql` };
}

/** Fastify + Mercurius answering `{ __typename }`: what the platform costs with nothing on top. */
export const startBaseline = () => startTypenameServer('the baseline server', 'tools/bench/baseline-server.mjs');

/** NestJS + Apollo Server on Fastify answering `{ __typename }`: what the API's stack costs before any of Laurels runs. */
export const startStackFloor = () => startTypenameServer('the stack floor server', 'tools/bench/stack-floor-server.mjs');

async function startTypenameServer(name, script) {
  const port = await freePort();
  const server = startProcess(name, script, { PORT: String(port) });
  const url = `http://127.0.0.1:${port}/graphql`;
  const probe = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) };
  await waitUntil(server, async () => (await fetch(url, probe)).ok, 30_000);
  return { ...server, url };
}
