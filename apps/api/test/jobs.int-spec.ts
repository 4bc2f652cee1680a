import { DataSource } from 'typeorm';
import { Jobs } from '../src/platform/jobs/jobs.service.js';
import { startTestApi, type TestApi } from './support/test-app.js';

/** Polls `check` until it holds, for work that happens on a worker's next poll. */
async function eventually(check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('jobs kept in PostgreSQL', () => {
  let first: TestApi;
  let second: TestApi;

  beforeAll(async () => {
    first = await startTestApi();
    second = await startTestApi({ databaseUrl: first.databaseUrl });
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
  });

  it('runs a job once although two instances work its queue', async () => {
    const ran: string[] = [];
    for (const [instance, api] of [
      ['first', first],
      ['second', second],
    ] as const) {
      await api.app.get(Jobs).work<{ n: number }>('test.once', async ({ n }) => void ran.push(`${instance}:${n}`));
    }
    for (let n = 0; n < 6; n++) await (n % 2 ? first : second).app.get(Jobs).send('test.once', { n });
    await eventually(() => ran.length >= 6);
    await settle(2_500);
    expect(ran.map((entry) => Number(entry.split(':')[1])).sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('queues one job per key while it waits, from whichever instance', async () => {
    const ran: string[] = [];
    const jobs = first.app.get(Jobs);
    await jobs.work<{ from: string }>('test.keyed', async ({ from }) => void ran.push(from));
    const later = new Date(Date.now() + 2_000);
    const ids = await Promise.all([
      jobs.send('test.keyed', { from: 'first' }, { key: 'week-1', startAfter: later }),
      second.app.get(Jobs).send('test.keyed', { from: 'second' }, { key: 'week-1', startAfter: later }),
      jobs.send('test.keyed', { from: 'other' }, { key: 'week-2', startAfter: later }),
    ]);
    expect(ids.filter(Boolean)).toHaveLength(2);
    await eventually(() => ran.length >= 2);
    await settle(1_500);
    expect(ran).toHaveLength(2);
    expect(ran).toContain('other');
  });

  it('retries a failed job with back-off until it succeeds', async () => {
    const attempts: number[] = [];
    await first.app.get(Jobs).work(
      'test.flaky',
      async () => {
        attempts.push(Date.now());
        if (attempts.length < 3) throw new Error('not yet');
      },
      { retryLimit: 4, retryDelaySeconds: 1 },
    );
    await first.app.get(Jobs).send('test.flaky', {});
    await eventually(() => attempts.length >= 3, 20_000);
    await settle(1_500);
    expect(attempts).toHaveLength(3);
    // 1 s, then 2 s or more: each wait longer than the one before.
    expect(attempts[2]! - attempts[1]!).toBeGreaterThan(attempts[1]! - attempts[0]!);
  });

  it('keeps a job sent by an API-only instance for a worker started after a restart', async () => {
    const apiOnly = await startTestApi({ databaseUrl: first.databaseUrl, workers: 'api' });
    const ran: string[] = [];
    await apiOnly.app.get(Jobs).work<{ note: string }>('test.durable', async ({ note }) => void ran.push(note));
    await apiOnly.app.get(Jobs).send('test.durable', { note: 'kept' });
    await settle(2_500);
    expect(ran).toEqual([]);
    await apiOnly.close();

    const restarted = await startTestApi({ databaseUrl: first.databaseUrl });
    try {
      await restarted.app.get(Jobs).work<{ note: string }>('test.durable', async ({ note }) => void ran.push(note));
      await eventually(() => ran.length >= 1);
      expect(ran).toEqual(['kept']);
    } finally {
      await restarted.close();
    }
  });

  it('sends a job inside a transaction only when the transaction commits', async () => {
    const jobs = second.app.get(Jobs);
    const dataSource = second.app.get(DataSource);
    await jobs.work('test.tx', async () => undefined);
    await dataSource.transaction((manager) => jobs.send('test.tx', { committed: true }, { manager }));
    await dataSource
      .transaction(async (manager) => {
        await jobs.send('test.tx', { committed: false }, { manager });
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    const rows = await first.sql<{ data: { committed: boolean } }>(
      `SELECT data FROM jobs.job WHERE name = 'test.tx' UNION ALL SELECT data FROM jobs.archive WHERE name = 'test.tx'`,
    );
    expect(rows.map((row) => row.data.committed)).toEqual([true]);
  });
});
