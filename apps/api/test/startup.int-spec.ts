import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/app/database/data-source.js';
import { MIGRATIONS } from '../src/app/database/migrations/index.js';
import { migrate, withStartupLock } from '../src/platform/database/startup-lock.js';
import { createTestDatabase } from './support/database.js';

/** Several API instances starting at once against one database (several replicas sharing Redis, say). */
describe('instances starting together against one database', () => {
  const sources: DataSource[] = [];
  const connect = async (url: string, count: number) => {
    const started = await Promise.all(Array.from({ length: count }, () => new DataSource(dataSourceOptions(url)).initialize()));
    sources.push(...started);
    return started;
  };
  afterAll(() => Promise.all(sources.map((source) => source.destroy())));

  it('migrates an empty database once: the others wait, then find every migration applied', async () => {
    const url = await createTestDatabase();
    const instances = await connect(url, 3);

    await Promise.all(instances.map((instance) => migrate(instance)));

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ name: string }>('SELECT name FROM migrations ORDER BY id');
    await client.end();
    expect(rows.map((row) => row.name)).toEqual(MIGRATIONS.map((migration) => migration.name));
  });

  it('runs start-up work one instance at a time', async () => {
    const instances = await connect(await createTestDatabase(), 3);
    const events: string[] = [];
    await Promise.all(
      instances.map((instance, index) =>
        withStartupLock(instance, async () => {
          events.push(`start ${index}`);
          await new Promise((resolve) => setTimeout(resolve, 100));
          events.push(`end ${index}`);
        }),
      ),
    );
    expect(events).toHaveLength(6);
    for (let i = 0; i < events.length; i += 2) expect(events[i + 1]).toBe(events[i]!.replace('start', 'end'));
  });

  it('releases the lock when the work fails, so the next instance is not stuck', async () => {
    const [first, second] = await connect(await createTestDatabase(), 2);
    await expect(withStartupLock(first!, () => Promise.reject(new Error('migration failed')))).rejects.toThrow('migration failed');
    await expect(withStartupLock(second!, () => Promise.resolve('done'))).resolves.toBe('done');
  });
});
