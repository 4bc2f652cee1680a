import helmet from 'helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

const YEAR_IN_SECONDS = 365 * 24 * 60 * 60;

/**
 * What the portal may load, and who may frame it: its own scripts and
 * stylesheets only (Vite emits files, the built index.html holds no inline
 * script), images of its own or `data:` URLs (a stylesheet's icons), GraphQL
 * and the live connection on its own origin ('self' covers ws: and wss:),
 * workers of its own, no plugins, no framing. Over https, any http URL left is upgraded.
 */
export function contentSecurityPolicy(https: boolean): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    // canvas-confetti draws off the main thread, in a worker it makes from a blob: of its own code.
    'worker-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    ...(https ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

/**
 * Security headers on every response, the portal's pages and the API's alike
 * (helmet): the policy above, nosniff, no framing, no referrer, and HSTS only
 * when the public URL is https (over plain http a browser would ignore it,
 * and a development host would be pinned to https). Fastify sends no
 * X-Powered-By. helmet's middleware is built once here (the Fastify plugin
 * builds it again on every request) and runs in an onRequest hook.
 */
export function sendSecurityHeaders(app: NestFastifyApplication, publicUrl: string): void {
  const https = publicUrl.startsWith('https://');
  const setHeaders = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(https) },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // Only this host: the organisation's other subdomains are not the API's to pin.
    strictTransportSecurity: https ? { maxAge: YEAR_IN_SECONDS, includeSubDomains: false } : false,
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => setHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined)));
}
