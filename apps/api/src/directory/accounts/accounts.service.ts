import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { InvalidInputError, UnauthenticatedError } from '@laurels/domain';
import type { Repository } from 'typeorm';
import { User } from '#directory/organizations';
import { TokenService, verifyNothing, verifyPassword } from '#platform/auth';
import { SignInThrottle } from '#platform/rate-limit';

/** A signed-in person and the token that says so. */
export interface SignedIn {
  readonly token: string;
  readonly user: User;
}

/** Signing in with email and password. */
@Injectable()
export class AccountsService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly tokens: TokenService,
    private readonly throttle: SignInThrottle,
  ) {}

  /** `caller` is whom the attempt counts against besides the account (see callerOf). */
  async login(email: string, password: string, caller: string): Promise<SignedIn> {
    if (email.length > 254) throw new InvalidInputError('email', 'email must be at most 254 characters');
    if (password.length > 200) throw new InvalidInputError('password', 'password must be at most 200 characters');
    return this.throttle.attempt(email, caller, async () => {
      const user = await this.users.findOneBy({ email: email.trim().toLowerCase() });
      const valid = user ? await verifyPassword(password, user.passwordHash) : await verifyNothing(password);
      if (!user || !valid) throw new UnauthenticatedError('Email or password is incorrect');
      return this.signedIn(user);
    });
  }

  /** A token for this person, who has just proven who they are. */
  async signedIn(user: User): Promise<SignedIn> {
    return { token: await this.tokens.issue({ userId: user.id, organizationId: user.organizationId }), user };
  }
}
