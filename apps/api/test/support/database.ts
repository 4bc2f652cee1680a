import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A new, empty database on the test cluster (started by the Jest global setup); returns its URL. */
export async function createTestDatabase(prefix = 'test'): Promise<string> {
  const adminUrl = process.env.LAURELS_TEST_POSTGRES;
  if (!adminUrl) throw new Error('LAURELS_TEST_POSTGRES is not set: run through the api Jest configs');
  const database = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  return adminUrl.replace(/\/[^/]+$/, `/${database}`);
}
