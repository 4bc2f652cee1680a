import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { freePort } from '../../src/platform/embedded-postgres/embedded-postgres.ts';

/** The checkout: real API processes run from here, as `npm start` runs them. */
const WORKSPACE = resolve(import.meta.dirname, '../../../..');
const MAIN = join(WORKSPACE, 'apps/api/dist/main.js');

/** A process this test started; `stop` is safe to call twice and after the process died. */
export interface Started {
  readonly name: string;
  /** Its last lines of output, to show why it failed. */
  output(): string;
  ended(): boolean;
  stop(): Promise<void>;
}

export interface ApiProcess extends Started {
  readonly url: string;
}

export interface RedisProcess extends Started {
  readonly url: string;
}

/**
 * Everything a test started, stopped together: call `stopAll` in `afterAll`,
 * which Jest runs even when `beforeAll` failed half-way.
 */
export class Processes {
  private readonly started: Started[] = [];

  private readonly track = (started: Started) => void this.started.push(started);

  redis(): Promise<RedisProcess> {
    return startRedis(this.track);
  }

  api(name: string, env: Record<string, string>): Promise<ApiProcess> {
    return startApi(name, env, this.track);
  }

  async stopAll(): Promise<void> {
    await Promise.all(this.started.splice(0).map((started) => started.stop()));
  }
}

/** Fails, never skips, when Debian's redis-server is not installed. */
export function requireRedisServer(): void {
  const probe = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      'redis-server is not installed, and this test needs it to run two API instances sharing one Redis: ' +
        `install it with \`apt-get install -y redis-server\` (Debian; npm test does so first, tools/provision.mjs). (${probe.error?.message ?? probe.stderr})`,
    );
  }
}

/** Each process is tracked as soon as it is spawned, so that one still starting is stopped too. */
async function startRedis(track: (started: Started) => void): Promise<RedisProcess> {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const supervised = supervise('redis-server', child);
  track(supervised);
  const url = `redis://127.0.0.1:${port}`;
  await waitFor(`redis-server on port ${port}`, child, supervised, () => answersPing(port), 10_000);
  return { ...supervised, url };
}

async function startApi(name: string, env: Record<string, string>, track: (started: Started) => void): Promise<ApiProcess> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build the API first (npx nx run api:build)`);
  const port = await freePort();
  const inherited = { ...process.env };
  // Nothing from the developer's shell may point the instance elsewhere: it gets exactly what the test says.
  for (const key of [
    'DATABASE_URL',
    'REDIS_URL',
    'JWT_SECRET',
    'CREDENTIALS_SECRET',
    'SEED_DEMO',
    'NODE_ENV',
    'PUBLIC_URL',
    'NODE_OPTIONS',
  ])
    delete inherited[key];
  const child = spawn(process.execPath, [MAIN], {
    cwd: WORKSPACE,
    env: { ...inherited, PORT: String(port), HOST: '127.0.0.1', PORTAL_DIR: 'none', NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const supervised = supervise(`API ${name}`, child);
  track(supervised);
  const url = `http://127.0.0.1:${port}`;
  // main.ts seeds the demo organisation before it listens: once /health answers, the seed is in.
  await waitFor(`API ${name} on port ${port}`, child, supervised, () => healthy(url), 60_000);
  return { ...supervised, url };
}

/** Keeps the last lines of a child's output, and stops it: SIGTERM, then SIGKILL after five seconds. */
function supervise(name: string, child: ChildProcess): Started {
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - 60));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let ended = false;
  const exited = new Promise<void>((resolveExit) => {
    const end = () => {
      ended = true;
      resolveExit();
    };
    child.once('exit', end);
    // Spawning failed (ENOENT, say): no exit follows.
    child.on('error', (error) => {
      lines.push(String(error));
      end();
    });
  });
  return {
    name,
    output: () => lines.join('\n'),
    ended: () => ended,
    async stop() {
      if (ended) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(killer);
    },
  };
}

async function waitFor(
  what: string,
  child: ChildProcess,
  supervised: Started,
  ready: () => Promise<boolean>,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (supervised.ended())
      throw new Error(`${what} ended (${child.exitCode ?? child.signalCode}) before it was ready:\n${supervised.output()}`);
    if (await ready()) return;
    await sleep(100);
  }
  throw new Error(`${what} was not ready within ${timeoutMs / 1000} s:\n${supervised.output()}`);
}

async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) })).ok;
  } catch {
    return false;
  }
}

/** An inline PING over a raw socket: no client library needed to know redis-server is up. */
function answersPing(port: number): Promise<boolean> {
  return new Promise((resolvePing) => {
    const socket = connect(port, '127.0.0.1');
    const done = (answer: boolean) => {
      socket.destroy();
      resolvePing(answer);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.on('error', () => done(false));
    socket.on('data', (data) => done(data.toString().startsWith('+PONG')));
    socket.on('connect', () => socket.write('PING\r\n'));
  });
}

export const sleep = (ms: number) => new Promise((resolveSleep) => setTimeout(resolveSleep, ms));
