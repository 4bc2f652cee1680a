import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnauthenticatedError } from '@laurels/domain';
import type { DataSource } from 'typeorm';
import type { OrganizationFields, UserFields } from '#directory/organizations';
import { TokenService, type Viewer } from '#platform/auth';
import { isId } from '#platform/graphql';

/** Whoever a valid token names, as read when it was checked: the one read of them a request makes. */
export interface Account {
  readonly viewer: Viewer;
  readonly user: UserFields;
  readonly organization: OrganizationFields;
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
 * The person and their organisation in one statement, written out rather than
 * built by the query builder: every signed-in request runs it.
 */
const ACCOUNT = `
  SELECT u.id, u.organization_id AS "organizationId", u.email, u.display_name AS "displayName", u.role, u.team_id AS "teamId",
         u.points, u.leaderboard_opt_out AS "leaderboardOptOut", u.streak_days AS "streakDays", u.streak_ends_at AS "streakEndsAt",
         o.name AS "organizationName", o.slug, o.values, o.kudos_allowance AS "kudosAllowance", o.time_zone AS "timeZone"
    FROM users u JOIN organizations o ON o.id = u.organization_id
   WHERE u.id = $1 AND u.organization_id = $2`;

/** Establishes who is calling from an "Authorization: Bearer <token>" value: over HTTP, and when a live connection opens. */
@Injectable()
export class Authenticator {
  constructor(
    private readonly tokens: TokenService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** The token's person with their organisation. */
  async authenticate(authorization: string | undefined): Promise<Account> {
    const token = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (!token) throw new UnauthenticatedError('Sign in first: send the token as "Authorization: Bearer <token>"');
    const claims = await this.tokens.verify(token);
    const [row] =
      isId(claims.userId) && isId(claims.organizationId)
        ? await this.dataSource.query<AccountRow[]>(ACCOUNT, [claims.userId, claims.organizationId])
        : [];
    if (!row) throw new UnauthenticatedError('This account no longer exists: sign in again');
    const { organizationName, slug, values, kudosAllowance, timeZone, ...user } = row;
    return {
      viewer: { userId: user.id, organizationId: user.organizationId, role: user.role },
      user,
      organization: { id: user.organizationId, name: organizationName, slug, values, kudosAllowance, timeZone },
      expiresAt: claims.expiresAt,
    };
  }
}
