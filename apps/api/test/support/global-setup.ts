import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/platform/embedded-postgres/embedded-postgres.ts';

declare global {
  var laurelsTestCluster: { database: EmbeddedDatabase; dir: string } | undefined;
}

/** One throwaway PostgreSQL cluster per test run; each test file creates its own database in it. */
export default async function globalSetup(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'laurels-test-'));
  // As root, PostgreSQL runs as another user, which must be able to walk into the folder.
  chmodSync(dir, 0o755);
  const database = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), database: 'postgres', fast: true, persistent: false });
  process.env.LAURELS_TEST_POSTGRES = database.urlFor('postgres');
  globalThis.laurelsTestCluster = { database, dir };
}
