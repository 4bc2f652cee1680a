import { Injectable } from '@nestjs/common';
import { fastifyCookie, type CookieSerializeOptions } from '@fastify/cookie';
import { ForbiddenError } from '@laurels/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';
import { Settings } from '#platform/config';

/** Where a browser may keep a cookie marked Secure while served over plain http. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * The portal's sign-in: the very token API clients send as a bearer token,
 * kept by the browser in an httpOnly cookie (no script on the page can read
 * it), SameSite=Lax (other sites' requests do not carry it) and Secure unless
 * PUBLIC_URL is on this machine over http. login, signUp and changePassword
 * set it; signOut clears it.
 */
@Injectable()
export class SessionCookie {
  readonly name: string;
  private readonly options: CookieSerializeOptions;
  private readonly publicOrigin: string;

  constructor(settings: Settings) {
    const url = new URL(settings.publicUrl);
    const secure = !(url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname));
    // __Host-: the browser takes it only Secure, for the whole site and from this host, so a sibling subdomain cannot plant one.
    this.name = secure ? '__Host-laurels_session' : 'laurels_session';
    this.options = { httpOnly: true, sameSite: 'lax', secure, path: '/' };
    this.publicOrigin = url.origin;
  }

  /** Keeps `token` until it expires; nothing over a live connection, which has no response to carry it. */
  write(reply: FastifyReply | undefined, { token, expiresAt }: { token: string; expiresAt: Date }): void {
    reply?.setCookie(this.name, token, { ...this.options, expires: expiresAt });
  }

  clear(reply: FastifyReply | undefined): void {
    reply?.clearCookie(this.name, this.options);
  }

  /** An HTTP request's token: "Authorization: Bearer <token>" when it sends that header, else its cookie. */
  tokenOfRequest(request: FastifyRequest | undefined): string | undefined {
    const authorization = request?.headers?.authorization;
    if (authorization !== undefined) return authorization.match(BEARER)?.[1];
    return request?.cookies?.[this.name];
  }

  /**
   * A live connection's token: `{ authorization: "Bearer <token>" }` when the
   * client sends it as it connects, else the cookie of the WebSocket upgrade
   * request, which only a page of this site may use: a browser sends the
   * cookie with an upgrade any site's script asks for, so one from another
   * origin (cross-site WebSocket hijacking) is refused.
   */
  tokenOfConnection(authorization: unknown, upgrade: IncomingMessage | undefined): string | undefined {
    if (authorization !== undefined && authorization !== null)
      return typeof authorization === 'string' ? authorization.match(BEARER)?.[1] : undefined;
    const cookies = upgrade?.headers.cookie;
    const token = cookies ? fastifyCookie.parse(cookies)[this.name] : undefined;
    if (token && !this.sameOrigin(upgrade!)) throw new ForbiddenError('A live connection signed in by cookie must come from this site');
    return token;
  }

  /** Whether a request comes from a page of PUBLIC_URL, or of the host it was sent to (through the portal's dev server, say). */
  private sameOrigin(request: IncomingMessage): boolean {
    const origin = request.headers.origin;
    if (!origin) return false;
    if (origin === this.publicOrigin) return true;
    try {
      return new URL(origin).host === request.headers.host;
    } catch {
      return false;
    }
  }
}
