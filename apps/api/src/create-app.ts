import { Logger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module.js';
import type { Clock } from './common/clock.js';
import type { Settings } from './config/settings.js';

/** The API application, configured but not yet listening: shared by main.ts and the tests. */
export async function createApp(settings: Settings, options: { logLevels?: LogLevel[]; clock?: Clock } = {}): Promise<NestExpressApplication> {
  const logLevels = options.logLevels ?? ['log', 'warn', 'error'];
  Logger.overrideLogger(logLevels);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(settings, options.clock), { logger: logLevels });
  // Lessons are long Markdown; anything past 1 MB is refused with 413 before GraphQL sees it.
  app.useBodyParser('json', { limit: '1mb' });
  app.set('trust proxy', 'loopback');
  return app;
}
