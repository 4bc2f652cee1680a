import { DataSource, type QueryRunner } from 'typeorm';
import { withStartupLock } from '../src/platform/database/startup-lock.js';
import { startTestApi, type TestApi } from './support/test-app.js';

/** The API's own DataSource waits on PostgreSQL only as long as its settings say. */
describe('database timeouts', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi({ databaseStatementTimeoutMs: 500, databaseConnectTimeoutMs: 300 })));
  afterAll(() => api.close());

  const dataSource = () => api.app.get(DataSource);

  it('has PostgreSQL cancel a statement that runs longer than DATABASE_STATEMENT_TIMEOUT_MS', async () => {
    expect(await dataSource().query('SHOW statement_timeout')).toEqual([{ statement_timeout: '500ms' }]);
    const started = Date.now();
    await expect(dataSource().query('SELECT pg_sleep(5)')).rejects.toThrow('canceling statement due to statement timeout');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('fails a query that waits longer than DATABASE_CONNECT_TIMEOUT_MS for a connection of the pool', async () => {
    // The pool holds ten connections: take them all.
    const held: QueryRunner[] = [];
    try {
      for (let i = 0; i < 10; i++) {
        const runner = dataSource().createQueryRunner();
        await runner.connect();
        held.push(runner);
      }
      const started = Date.now();
      await expect(dataSource().query('SELECT 1')).rejects.toThrow(/timeout/i);
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      await Promise.all(held.map((runner) => runner.release()));
    }
    expect(await dataSource().query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });

  it('lets start-up work (migrations, waiting for another instance) run past the statement timeout, then restores it', async () => {
    const slept = await withStartupLock(dataSource(), (runner) =>
      runner.query('SELECT pg_sleep(1), current_setting($1) AS limit', ['statement_timeout']),
    );
    expect(slept).toEqual([expect.objectContaining({ limit: '0' })]);
    const sessions = await Promise.all(Array.from({ length: 10 }, () => dataSource().query('SHOW statement_timeout')));
    expect(sessions.flat()).toEqual(Array(10).fill({ statement_timeout: '500ms' }));
  });
});
