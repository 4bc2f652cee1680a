import { Logger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import fastifyCookie from '@fastify/cookie';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module.js';
import { sendSecurityHeaders } from './security-headers.js';
import type { Clock } from '#platform/clock';
import type { Settings } from '#platform/config';

/** Lessons are long Markdown; anything past 1 MB is refused with 413 before GraphQL sees it. */
const BODY_LIMIT = 1024 * 1024;

/** The API application, configured but not yet listening: shared by main.ts and the tests. */
export async function createApp(
  settings: Settings,
  options: { logLevels?: LogLevel[]; clock?: Clock } = {},
): Promise<NestFastifyApplication> {
  const logLevels = options.logLevels ?? ['log', 'warn', 'error'];
  Logger.overrideLogger(logLevels);
  // X-Forwarded-For names the client only when the connection comes from a proxy we were told to trust.
  const trustProxy = settings.trustedProxies.length > 0 ? [...settings.trustedProxies] : false;
  const adapter = new FastifyAdapter({ bodyLimit: BODY_LIMIT, trustProxy });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(settings, options.clock), adapter, { logger: logLevels });
  sendSecurityHeaders(app, settings.publicUrl);
  // Reads the portal's session cookie into request.cookies and lets resolvers set it (SessionCookie).
  await app.register(fastifyCookie);
  if (settings.portalDir) {
    // Loaded only when a portal is served: @fastify/static requires an ES module, which Jest's CommonJS loader cannot.
    const { servePortal } = await import('./serve-portal.js');
    await servePortal(app, settings.portalDir);
  }
  return app;
}
