import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config/app-config.js';
import type { Settings } from './config/settings.js';
import { createApp } from './create-app.js';
import type { EmbeddedDatabase } from './database/embedded-postgres.js';
import { DEMO_SIGN_INS, seedDemoIfEmpty } from './database/seed/demo-seed.js';

const logger = new Logger('Laurels');

/** A secret kept beside the embedded database, so sign-ins and signing keys survive restarts. */
function localSecret(dataDir: string, name: string): string {
  const file = join(dataDir, name);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

async function main(): Promise<void> {
  const config = loadConfig();
  let database: EmbeddedDatabase | null = null;
  if (!config.databaseUrl) {
    logger.log('No DATABASE_URL: starting the embedded PostgreSQL…');
    // Loaded only here: images that always use DATABASE_URL ship without the PostgreSQL binaries.
    const { startEmbeddedPostgres } = await import('./database/embedded-postgres.js');
    database = await startEmbeddedPostgres({ dataDir: join(config.dataDir, 'postgres'), database: 'laurels' });
    logger.log(`PostgreSQL data is in ${database.dataDir}`);
  }
  const settings: Settings = {
    ...config,
    databaseUrl: config.databaseUrl ?? database!.url,
    jwtSecret: config.jwtSecret ?? localSecret(config.dataDir, 'jwt-secret'),
    credentialsSecret: config.credentialsSecret ?? localSecret(config.dataDir, 'credentials-secret'),
  };
  const app = await createApp(settings);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: finishing requests in flight and stopping…`);
    await app.close();
    await database?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  if (settings.seedDemo && (await seedDemoIfEmpty(app))) {
    logger.log(`Seeded the demo organisation. Sign in as ${DEMO_SIGN_INS.map((s) => `${s.email} (${s.role})`).join(', ')}; password "${DEMO_SIGN_INS[0]!.password}".`);
  }
  await app.listen(settings.port, settings.host);
  logger.log(`Laurels is ready on http://localhost:${settings.port} (GraphQL at /graphql)`);
}

main().catch((error: unknown) => {
  logger.error(error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
