import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { User } from '#directory/organizations';
import { TokenService } from '#platform/auth';
import { Session } from './session.entity.js';

/** A signed-in person: their sign-in, and a token for it. */
export interface SignedIn {
  readonly token: string;
  readonly expiresAt: Date;
  readonly sessionId: string;
  readonly user: User;
}

/** Sign-ins (sessions): begun when someone proves who they are, ended by signing out, a password change or a deactivation. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
  ) {}

  /** A new sign-in for this person, who has just proven who they are. Their ended and expired sign-ins are cleared away. */
  async start(user: User, manager: EntityManager = this.dataSource.manager): Promise<SignedIn> {
    const sessionId = randomUUID();
    const issued = await this.tokens.issue({ userId: user.id, organizationId: user.organizationId, sessionId });
    await manager.query('DELETE FROM sessions WHERE user_id = $1 AND (revoked_at IS NOT NULL OR expires_at < now())', [user.id]);
    await manager.insert(Session, { id: sessionId, userId: user.id, expiresAt: issued.expiresAt });
    return { ...issued, sessionId, user };
  }

  /** A fresh token for a sign-in that goes on, which then lasts as long as that token. */
  async renew(manager: EntityManager, user: User, sessionId: string): Promise<SignedIn> {
    const issued = await this.tokens.issue({ userId: user.id, organizationId: user.organizationId, sessionId });
    await manager.update(Session, { id: sessionId }, { expiresAt: issued.expiresAt });
    return { ...issued, sessionId, user };
  }

  /** Ends this sign-in, if it still lasted: whether it did. */
  async end(sessionId: string): Promise<boolean> {
    return (await this.revoke(this.dataSource.manager, 'id = :sessionId', { sessionId })).length > 0;
  }

  /** Ends every lasting sign-in of this person but `keep`, in the caller's transaction: the ids of those it ended. */
  endAllOf(manager: EntityManager, userId: string, keep: string | null = null): Promise<string[]> {
    return this.revoke(manager, 'user_id = :userId AND id IS DISTINCT FROM CAST(:keep AS uuid)', { userId, keep });
  }

  private async revoke(manager: EntityManager, which: string, parameters: Record<string, unknown>): Promise<string[]> {
    const { raw } = await manager
      .createQueryBuilder()
      .update(Session)
      .set({ revokedAt: () => 'now()' })
      .where(`${which} AND revoked_at IS NULL`, parameters)
      .returning('id')
      .execute();
    return (raw as { id: string }[]).map((row) => row.id);
  }
}
