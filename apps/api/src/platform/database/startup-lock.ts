import type { DataSource } from 'typeorm';

/** An arbitrary, fixed key for PostgreSQL's advisory lock: the same in every Laurels instance. */
const STARTUP_LOCK_KEY = 0x1a0e1;

/**
 * Runs `work` while holding a database-wide advisory lock, so that instances
 * started together against one database migrate and seed one at a time: the
 * first does the work, the others wait and then find it done.
 */
export async function withStartupLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}

/** Applies every pending migration, each in its own transaction, one instance at a time. */
export async function migrate(dataSource: DataSource): Promise<void> {
  await withStartupLock(dataSource, () => dataSource.runMigrations({ transaction: 'each' }));
}
