import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { CredentialsService } from '#achievements/credentials';
import { ConfigError, loadConfig, openRuntime } from '#platform/config';
import { createApp } from '../create-app.js';

/**
 * Gives every credential issued before embedded Data Integrity proofs its proof, its issuer DID,
 * its revocation status entry and its picture, ids unchanged: what serving one does the first
 * time, for all of them at once. Safe to run again, and while the API runs.
 *
 *   npm run credentials:upgrade
 *
 * It uses DATABASE_URL, or the embedded PostgreSQL under DATA_DIR, and CREDENTIALS_SECRET and
 * PUBLIC_URL as the API does.
 */
const logger = new Logger('Credentials');

async function main(): Promise<void> {
  const runtime = await openRuntime({ ...loadConfig(), seedDemo: false, portalDir: null }, logger);
  const app = await createApp(runtime.settings, { logLevels: ['error', 'warn'] });
  try {
    await app.init();
    const { upgraded, left } = await app.get(CredentialsService).upgradeAll();
    console.log(`Signed ${upgraded} credential(s) with an embedded proof.`);
    if (left > 0) console.log(`Left ${left} as they are: what is stored no longer matches their signed VC-JWT.`);
  } finally {
    await app.close();
    await runtime.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    logger.error(error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
