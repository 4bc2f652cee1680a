import { MigrationExecutor, type DataSource, type QueryRunner } from 'typeorm';

/** An arbitrary, fixed key for PostgreSQL's advisory lock: the same in every Laurels instance. */
const STARTUP_LOCK_KEY = 0x1a0e1;

/**
 * Runs `work` while holding a database-wide advisory lock, so that instances
 * started together against one database migrate and seed one at a time: the
 * first does the work, the others wait and then find it done. The lock's own
 * connection, given to `work`, has no statement timeout: waiting for another
 * instance's migrations, or running a long one, is no stalled statement.
 */
export async function withStartupLock<T>(dataSource: DataSource, work: (runner: QueryRunner) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SET statement_timeout = 0');
    await runner.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
    try {
      return await work(runner);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK_KEY]);
      await runner.query('RESET statement_timeout');
    }
  } finally {
    await runner.release();
  }
}

/** Applies every pending migration, each in its own transaction, one instance at a time, on the lock's connection. */
export async function migrate(dataSource: DataSource): Promise<void> {
  await withStartupLock(dataSource, (runner) => {
    const migrations = new MigrationExecutor(dataSource, runner);
    migrations.transaction = 'each';
    return migrations.executePendingMigrations();
  });
}
