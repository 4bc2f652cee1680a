import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { UnauthenticatedError } from '@laurels/domain';
import type { Repository } from 'typeorm';
import { User } from '../../organizations/user.entity.js';
import { isId } from '../graphql/ids.js';
import { TokenService } from './token.service.js';
import type { Viewer } from './viewer.js';

/** Establishes who is calling from an "Authorization: Bearer <token>" value: over HTTP, and when a live connection opens. */
@Injectable()
export class Authenticator {
  constructor(
    private readonly tokens: TokenService,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  async viewerFrom(authorization: string | undefined): Promise<Viewer> {
    return (await this.authenticate(authorization)).viewer;
  }

  /** The viewer, and when their token stops being valid: a live connection is closed then. */
  async authenticate(authorization: string | undefined): Promise<{ viewer: Viewer; expiresAt: Date }> {
    const token = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (!token) throw new UnauthenticatedError('Sign in first: send the token as "Authorization: Bearer <token>"');
    const claims = await this.tokens.verify(token);
    const user =
      isId(claims.userId) && isId(claims.organizationId)
        ? await this.users.findOne({
            select: { id: true, organizationId: true, role: true },
            where: { id: claims.userId, organizationId: claims.organizationId },
          })
        : null;
    if (!user) throw new UnauthenticatedError('This account no longer exists: sign in again');
    return { viewer: { userId: user.id, organizationId: user.organizationId, role: user.role }, expiresAt: claims.expiresAt };
  }
}
