import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig, openRuntime } from '#platform/config';
import { createApp, DEMO_SIGN_INS, seedDemoIfEmpty } from '#app';
import { withStartupLock } from '#platform/database';

const logger = new Logger('Laurels');

async function main(): Promise<void> {
  const runtime = await openRuntime(loadConfig(), logger);
  const { settings } = runtime;
  const app = await createApp(settings);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: finishing requests in flight and stopping…`);
    await app.close();
    await runtime.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  if (settings.seedDemo && (await withStartupLock(app.get(DataSource), () => seedDemoIfEmpty(app)))) {
    logger.log(
      `Seeded the demo organisation. Sign in as ${DEMO_SIGN_INS.map((s) => `${s.email} (${s.role})`).join(', ')}; password "${DEMO_SIGN_INS[0]!.password}".`,
    );
  }
  if (settings.workers === 'jobs') {
    // Jobs only: the workers and schedules run, nothing listens.
    await app.init();
    logger.log('Laurels runs background jobs only (WORKERS=jobs)');
    return;
  }
  await app.listen(settings.port, settings.host);
  logger.log(`Laurels is ready on http://localhost:${settings.port} (GraphQL at /graphql)`);
}

main().catch((error: unknown) => {
  logger.error(error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
