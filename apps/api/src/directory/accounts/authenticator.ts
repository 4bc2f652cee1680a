import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { UnauthenticatedError } from '@laurels/domain';
import type { Repository } from 'typeorm';
import { type Organization, User } from '#directory/organizations';
import { isId } from '#platform/graphql';
import { TokenService, type Viewer } from '#platform/auth';

/** Whoever a valid token names, as read when it was checked: the one read of them a request makes. */
export interface Account {
  readonly viewer: Viewer;
  readonly user: User;
  readonly organization: Organization;
  /** When the token stops being valid: a live connection is closed then. */
  readonly expiresAt: Date;
}

/** Establishes who is calling from an "Authorization: Bearer <token>" value: over HTTP, and when a live connection opens. */
@Injectable()
export class Authenticator {
  constructor(
    private readonly tokens: TokenService,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  /** The token's person with their organisation, in one query. */
  async authenticate(authorization: string | undefined): Promise<Account> {
    const token = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (!token) throw new UnauthenticatedError('Sign in first: send the token as "Authorization: Bearer <token>"');
    const claims = await this.tokens.verify(token);
    const user =
      isId(claims.userId) && isId(claims.organizationId)
        ? await this.users
            .createQueryBuilder('user')
            .innerJoinAndSelect('user.organization', 'organization')
            .where('user.id = :userId AND user.organizationId = :organizationId', { userId: claims.userId, organizationId: claims.organizationId })
            .getOne()
        : null;
    if (!user?.organization) throw new UnauthenticatedError('This account no longer exists: sign in again');
    return {
      viewer: { userId: user.id, organizationId: user.organizationId, role: user.role },
      user,
      organization: user.organization,
      expiresAt: claims.expiresAt,
    };
  }
}
