import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnauthenticatedError } from '@laurels/domain';
import type { DataSource } from 'typeorm';
import type { OrganizationFields, UserFields } from '#directory/organizations';
import { TokenService, type VerifiedToken, type Viewer } from '#platform/auth';
import { isId } from '#platform/graphql';

/** Whoever a valid token names, as read when it was checked: the one read of them a request makes. */
export interface Account {
  readonly viewer: Viewer;
  readonly user: UserFields;
  readonly organization: OrganizationFields;
  /** The sign-in the token belongs to. */
  readonly sessionId: string;
  /** When the token stops being valid: a live connection is closed then. */
  readonly expiresAt: Date;
}

interface AccountRow extends UserFields {
  readonly organizationName: string;
  readonly slug: string;
  readonly values: string[];
  readonly kudosAllowance: number;
  readonly timeZone: string;
}

/**
 * The person and their organisation, found through the token's sign-in while
 * it lasts and while the person is active: one statement, written out rather
 * than built by the query builder, as every signed-in request runs it.
 */
const ACCOUNT = `
  SELECT u.id, u.organization_id AS "organizationId", u.email, u.display_name AS "displayName", u.role, u.team_id AS "teamId",
         u.points, u.leaderboard_opt_out AS "leaderboardOptOut", u.streak_days AS "streakDays", u.streak_ends_at AS "streakEndsAt",
         u.active, o.name AS "organizationName", o.slug, o.values, o.kudos_allowance AS "kudosAllowance", o.time_zone AS "timeZone"
    FROM sessions s
    JOIN users u ON u.id = s.user_id
    JOIN organizations o ON o.id = u.organization_id
   WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND u.organization_id = $3 AND u.active`;

/** Establishes who is calling from their token: over HTTP, and when a live connection opens. */
@Injectable()
export class Authenticator {
  constructor(
    private readonly tokens: TokenService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** The token's person with their organisation. */
  async authenticate(token: string | undefined): Promise<Account> {
    return this.account(await this.verify(token));
  }

  /** The token's claims, if its signature holds and it has not expired: whether its sign-in still lasts is account()'s to say. */
  async verify(token: string | undefined): Promise<VerifiedToken> {
    if (!token) throw new UnauthenticatedError('Sign in first: send the token as "Authorization: Bearer <token>"');
    return this.tokens.verify(token);
  }

  /** The person a verified token names, while its sign-in lasts and they are active. */
  async account(claims: VerifiedToken): Promise<Account> {
    const [row] =
      isId(claims.userId) && isId(claims.organizationId) && isId(claims.sessionId)
        ? await this.dataSource.query<AccountRow[]>(ACCOUNT, [claims.sessionId, claims.userId, claims.organizationId])
        : [];
    if (!row) throw new UnauthenticatedError('This sign-in has ended: sign in again');
    const { organizationName, slug, values, kudosAllowance, timeZone, ...user } = row;
    return {
      viewer: { userId: user.id, organizationId: user.organizationId, role: user.role },
      user,
      organization: { id: user.organizationId, name: organizationName, slug, values, kudosAllowance, timeZone },
      sessionId: claims.sessionId,
      expiresAt: claims.expiresAt,
    };
  }
}
