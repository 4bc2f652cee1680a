import { Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from './app-config.js';
import type { Settings } from './settings.js';

export interface Runtime {
  readonly settings: Settings;
  /** Stops the embedded PostgreSQL this process started, if it started one. */
  stop(): Promise<void>;
}

/** A secret kept beside the embedded database, so sign-ins and signing keys survive restarts. */
function localSecret(dataDir: string, name: string): string {
  const file = join(dataDir, name);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

/**
 * The settings a process runs with: DATABASE_URL when given; otherwise the
 * embedded PostgreSQL under DATA_DIR, shared when another process already
 * runs it, started otherwise. Secrets not configured are kept under DATA_DIR.
 */
export async function openRuntime(config: AppConfig, logger: Logger): Promise<Runtime> {
  let databaseUrl = config.databaseUrl;
  let stop = (): Promise<void> => Promise.resolve();
  if (!databaseUrl) {
    // Loaded only here: images that always use DATABASE_URL ship without the PostgreSQL binaries.
    const { runningEmbeddedPostgres, startEmbeddedPostgres } = await import('#platform/embedded-postgres');
    const options = { dataDir: join(config.dataDir, 'postgres'), database: 'laurels' };
    databaseUrl = runningEmbeddedPostgres(options);
    if (databaseUrl) {
      logger.log('Using the embedded PostgreSQL another Laurels process is running');
    } else {
      logger.log('No DATABASE_URL: starting the embedded PostgreSQL…');
      const database = await startEmbeddedPostgres(options);
      logger.log(`PostgreSQL data is in ${database.dataDir}`);
      databaseUrl = database.url;
      stop = () => database.stop();
    }
  }
  const settings: Settings = {
    ...config,
    databaseUrl,
    jwtSecret: config.jwtSecret ?? localSecret(config.dataDir, 'jwt-secret'),
    credentialsSecret: config.credentialsSecret ?? localSecret(config.dataDir, 'credentials-secret'),
  };
  return { settings, stop };
}
