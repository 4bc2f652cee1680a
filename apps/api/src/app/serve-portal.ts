import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { join, sep } from 'node:path';

/** Paths the API answers itself; everything else under GET that asks for a page is the portal. */
const API_PATHS = /^\/(graphql|health|credentials|issuers)(\/|$|\?)/;

/** Vite names every file under assets/ by its content hash: a given URL never changes. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html (and the favicon) keep their names across builds, so browsers check them on every load. */
const REVALIDATE = 'no-cache';

/**
 * The built portal beside the API: hashed assets cached for a year, index.html
 * revalidated, the brotli or gzip file Vite wrote beside each asset sent to
 * browsers that accept it, source maps never served, and every other page path
 * answered with index.html so the client-side router can take it.
 */
export async function servePortal(app: NestFastifyApplication, portalDir: string): Promise<void> {
  const hashedAssets = join(portalDir, 'assets') + sep;
  await app.register(fastifyStatic, {
    root: portalDir,
    preCompressed: true,
    wildcard: false,
    index: false,
    cacheControl: false,
    allowedPath: (path) => !path.endsWith('.map'),
    setHeaders: (reply, path) => reply.header('cache-control', path.startsWith(hashedAssets) ? IMMUTABLE : REVALIDATE),
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/*', (request: FastifyRequest, reply: FastifyReply) => {
    if (API_PATHS.test(request.url) || request.url.endsWith('.map')) return reply.callNotFound();
    return reply.sendFile('index.html');
  });
}
