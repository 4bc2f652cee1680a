import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { InvalidInputError, UnauthenticatedError } from '@laurels/domain';
import type { DataSource } from 'typeorm';
import { User, lockPeople } from '#directory/organizations';
import { assertStrongPassword, hashPassword, verifyNothing, verifyPassword } from '#platform/auth';
import { SignInThrottle } from '#platform/rate-limit';
import type { Account } from './authenticator.js';
import { LiveSessions } from './live-sessions.js';
import { SessionsService, type SignedIn } from './sessions.service.js';

/** Signing in with email and password, changing the password, signing out. */
@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly live: LiveSessions,
    private readonly throttle: SignInThrottle,
  ) {}

  /** `caller` is whom the attempt counts against besides the account (see callerOf). */
  async login(email: string, password: string, caller: string): Promise<SignedIn> {
    if (email.length > 254) throw new InvalidInputError('email', 'email must be at most 254 characters');
    if (password.length > 200) throw new InvalidInputError('password', 'password must be at most 200 characters');
    return this.throttle.attempt(email, caller, async () => {
      const user = await this.dataSource.getRepository(User).findOneBy({ email: email.trim().toLowerCase() });
      const valid = user ? await verifyPassword(password, user.passwordHash) : await verifyNothing(password);
      if (!user || !valid) throw new UnauthenticatedError('Email or password is incorrect');
      // Said only to whoever knows the password: to anyone else the account looks like any other.
      if (!user.active) throw new UnauthenticatedError('This account was deactivated: ask an admin of your organisation');
      return this.sessions.start(user);
    });
  }

  /**
   * Sets a new password once the current one is proven, ends every other
   * sign-in of the person (their live connections close) and gives this one
   * a fresh token. The person is locked meanwhile: two changes at once take
   * turns, and the second must prove the password the first set. A wrong
   * current password counts as a failed sign-in of the account: a stolen
   * session cannot guess it faster than a sign-in form can.
   */
  async changePassword(account: Account, currentPassword: string, newPassword: string, caller: string): Promise<SignedIn> {
    const wrongCurrent = (error: unknown) => error instanceof InvalidInputError && error.field === 'currentPassword';
    const changed = () =>
      this.dataSource.transaction(async (manager) => {
        await lockPeople(manager, [account.user.id]);
        const user = await manager.getRepository(User).findOneByOrFail({ id: account.user.id });
        if (!(await verifyPassword(currentPassword, user.passwordHash))) {
          throw new InvalidInputError('currentPassword', 'The current password is not right');
        }
        if (newPassword === currentPassword)
          throw new InvalidInputError('newPassword', 'The new password must differ from the current one');
        await assertStrongPassword('newPassword', newPassword, {
          email: user.email,
          displayName: user.displayName,
          organizationName: account.organization.name,
        });
        user.passwordHash = await hashPassword(newPassword);
        await manager.update(User, { id: user.id }, { passwordHash: user.passwordHash });
        const ended = await this.sessions.endAllOf(manager, user.id, account.sessionId);
        return { signedIn: await this.sessions.renew(manager, user, account.sessionId), ended };
      });
    const { signedIn, ended } = await this.throttle.attempt(account.user.email, caller, changed, wrongCurrent);
    await this.live.ended(ended);
    return signedIn;
  }

  /** Ends the caller's sign-in: its tokens stop working and its live connections close, on every instance. */
  async signOut(account: Account): Promise<boolean> {
    const ended = await this.sessions.end(account.sessionId);
    await this.live.ended([account.sessionId]);
    return ended;
  }
}
