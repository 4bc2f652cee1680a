import { Logger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module.js';
import type { Settings } from './config/settings.js';

/** The API application, configured but not yet listening: shared by main.ts and the tests. */
export async function createApp(settings: Settings, logLevels: LogLevel[] = ['log', 'warn', 'error']): Promise<NestExpressApplication> {
  Logger.overrideLogger(logLevels);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(settings), { logger: logLevels });
  // Lessons are long Markdown; anything past 1 MB is refused with 413 before GraphQL sees it.
  app.useBodyParser('json', { limit: '1mb' });
  app.set('trust proxy', 'loopback');
  return app;
}
