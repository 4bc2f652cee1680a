import { Injectable } from '@nestjs/common';
import { UnauthenticatedError } from '@laurels/domain';
import { SignJWT, decodeJwt, jwtVerify } from 'jose';
import { LRUCache } from 'lru-cache';
import { Settings } from '#platform/config';

const ISSUER = 'laurels';

export interface TokenClaims {
  readonly userId: string;
  readonly organizationId: string;
  /** The sign-in (a row of `sessions`) the token belongs to: ending it ends every token of it. */
  readonly sessionId: string;
}

export interface VerifiedToken extends TokenClaims {
  readonly expiresAt: Date;
}

export interface IssuedToken {
  readonly token: string;
  readonly expiresAt: Date;
}

/** Signs and checks the bearer tokens (HS256 JWT) that carry a user, their organisation and their sign-in. */
@Injectable()
export class TokenService {
  private readonly key: Uint8Array;
  /**
   * Tokens whose signature already checked out, until they expire: a token's
   * bytes never change, so its signature needs checking once, not on every
   * request. Whether its sign-in and account may still use it is read on every request.
   */
  private readonly verified = new LRUCache<string, VerifiedToken>({ max: 10_000 });

  constructor(private readonly settings: Settings) {
    this.key = new TextEncoder().encode(settings.jwtSecret);
  }

  async issue(claims: TokenClaims): Promise<IssuedToken> {
    const token = await new SignJWT({ org: claims.organizationId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.userId)
      .setJti(claims.sessionId)
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(this.settings.jwtTtl)
      .sign(this.key);
    return { token, expiresAt: new Date(decodeJwt(token).exp! * 1000) };
  }

  async verify(token: string): Promise<VerifiedToken> {
    const known = this.verified.get(token);
    if (known && known.expiresAt.getTime() > Date.now()) return known;
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, algorithms: ['HS256'], requiredClaims: ['exp', 'jti'] });
      if (typeof payload.sub !== 'string' || typeof payload.org !== 'string' || typeof payload.jti !== 'string') {
        throw new Error('claims missing');
      }
      const claims = { userId: payload.sub, organizationId: payload.org, sessionId: payload.jti, expiresAt: new Date(payload.exp! * 1000) };
      this.verified.set(token, claims);
      return claims;
    } catch {
      throw new UnauthenticatedError('The sign-in token is invalid or has expired: sign in again');
    }
  }
}
