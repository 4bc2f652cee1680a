import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ConflictError, DEFAULT_VALUES, ForbiddenError, InvalidInputError, Role, isTimeZone, slugify } from '@laurels/domain';
import { randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { SigningKeysService } from '#achievements/credentials';
import { BadgesService } from '#catalog/badges';
import { SessionsService, type SignedIn } from '#directory/accounts';
import { Organization, User } from '#directory/organizations';
import { assertStrongPassword, hashPassword } from '#platform/auth';
import { Settings } from '#platform/config';
import { isUniqueViolation } from '#platform/database';
import { TakenEmailLimit } from '#platform/rate-limit';
import type { SignUpInput } from './dto/sign-up.input.js';

/** A new organisation: its first admin, its default badges and values, and its signing key. */
@Injectable()
export class SignUpService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly settings: Settings,
    private readonly badges: BadgesService,
    private readonly signingKeys: SigningKeysService,
    private readonly takenEmails: TakenEmailLimit,
  ) {}

  /** `caller` is whom a refused email counts against (see TakenEmailLimit). */
  async signUp(input: SignUpInput, caller: string): Promise<SignedIn> {
    if (!this.settings.allowSignUp) throw new ForbiddenError('Sign-up is turned off on this server: ask your admin for an account');
    await this.takenEmails.check(caller);
    const { admin } = await this.createOrganization(input).catch(async (error: unknown) => {
      if (error instanceof ConflictError && error.field === 'adminEmail') await this.takenEmails.count(caller);
      throw error;
    });
    return this.sessions.start(admin);
  }

  /**
   * Whether PostgreSQL knows the zone too: every period (streaks, leaderboards,
   * allowances) is computed there, and Node's Intl still takes names such as
   * US/Pacific-New that PostgreSQL's zone files no longer have.
   */
  private async postgresKnows(timeZone: string): Promise<boolean> {
    const [row] = await this.dataSource.query<{ known: boolean }[]>(
      'SELECT EXISTS (SELECT 1 FROM pg_timezone_names WHERE lower(name) = lower($1)) AS known',
      [timeZone],
    );
    return row!.known;
  }

  /** A new organisation with its first admin, default badges and signing key, in one transaction. Also seeds the demo. */
  async createOrganization(input: SignUpInput): Promise<{ organization: Organization; admin: User }> {
    const timeZone = input.timeZone ?? 'UTC';
    if (!isTimeZone(timeZone) || !(await this.postgresKnows(timeZone)))
      throw new InvalidInputError('timeZone', `"${timeZone}" is not a known time zone`);
    // Neutral: the address may belong to another organisation, which a stranger must not learn more about.
    const emailTaken = () =>
      new ConflictError(
        'adminEmail',
        'This email address cannot be used for a new organisation: use another, or sign in if you already have an account',
      );
    await assertStrongPassword('adminPassword', input.adminPassword, {
      email: input.adminEmail,
      displayName: input.adminDisplayName,
      organizationName: input.organizationName,
    });
    // Hashed before the email is looked up, so that a taken email is not answered sooner than a new one.
    const passwordHash = await hashPassword(input.adminPassword);
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (await manager.getRepository(User).existsBy({ email: input.adminEmail })) throw emailTaken();
        const organization = await manager.getRepository(Organization).save({
          name: input.organizationName,
          slug: await this.freeSlug(manager, input.organizationName),
          values: [...DEFAULT_VALUES],
          timeZone,
        });
        await this.badges.createDefaults(manager, organization.id);
        await this.signingKeys.create(manager, organization.id);
        const admin = await manager.getRepository(User).save({
          organizationId: organization.id,
          email: input.adminEmail,
          displayName: input.adminDisplayName,
          role: Role.ADMIN,
          teamId: null,
          passwordHash,
        });
        return { organization, admin };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_unique')) throw emailTaken();
      if (isUniqueViolation(error, 'organizations_slug_unique')) {
        throw new ConflictError('organizationName', 'another organisation was just created with this name: try again');
      }
      throw error;
    }
  }

  private async freeSlug(manager: EntityManager, name: string): Promise<string> {
    const slug = slugify(name);
    const taken = await manager.getRepository(Organization).existsBy({ slug });
    return taken ? `${slug}-${randomBytes(3).toString('hex')}` : slug;
  }
}
