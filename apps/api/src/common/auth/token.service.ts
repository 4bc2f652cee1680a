import { Injectable } from '@nestjs/common';
import { UnauthenticatedError } from '@laurels/domain';
import { SignJWT, jwtVerify } from 'jose';
import { Settings } from '../../config/settings.js';

const ISSUER = 'laurels';

export interface TokenClaims {
  readonly userId: string;
  readonly organizationId: string;
}

export interface VerifiedToken extends TokenClaims {
  readonly expiresAt: Date;
}

/** Signs and checks the bearer tokens (HS256 JWT) that carry a user and their organisation. */
@Injectable()
export class TokenService {
  private readonly key: Uint8Array;

  constructor(private readonly settings: Settings) {
    this.key = new TextEncoder().encode(settings.jwtSecret);
  }

  issue(claims: TokenClaims): Promise<string> {
    return new SignJWT({ org: claims.organizationId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.userId)
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(this.settings.jwtTtl)
      .sign(this.key);
  }

  async verify(token: string): Promise<VerifiedToken> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, algorithms: ['HS256'], requiredClaims: ['exp'] });
      if (typeof payload.sub !== 'string' || typeof payload.org !== 'string') throw new Error('claims missing');
      return { userId: payload.sub, organizationId: payload.org, expiresAt: new Date(payload.exp! * 1000) };
    } catch {
      throw new UnauthenticatedError('The sign-in token is invalid or has expired: sign in again');
    }
  }
}
