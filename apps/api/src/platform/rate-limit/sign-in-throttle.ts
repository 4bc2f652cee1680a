import { Injectable } from '@nestjs/common';
import { TooManyRequestsError, UnauthenticatedError } from '@laurels/domain';
import { createHash } from 'node:crypto';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { Settings } from '#platform/config';
import { LimiterStore } from './limiter-store.js';

/** Consecutive failures of an account are forgotten a day after the first, or at its first success. */
const FAILURES_KEPT_SECONDS = 24 * 60 * 60;

/**
 * Sign-in attempts, throttled by account and by address, counting failures
 * only. An account's consecutive failures past LOGIN_DELAY_AFTER make each
 * next attempt wait, doubling up to the lockout; at LOGIN_LOCKOUT_AFTER the
 * account is locked for LOGIN_LOCKOUT_SECONDS, whatever address tries it,
 * and a success clears its count. Each address may fail LOGIN_RATE_LIMIT
 * times a minute, across accounts. An account is counted whether or not it
 * exists, so that the answers do not tell which do.
 */
@Injectable()
export class SignInThrottle {
  private readonly accountFailures: RateLimiterAbstract;
  private readonly accountWaits: RateLimiterAbstract;
  private readonly addressFailures: RateLimiterAbstract;

  constructor(
    store: LimiterStore,
    private readonly settings: Settings,
  ) {
    this.accountFailures = store.limiter({
      keyPrefix: 'sign-in:account-failures',
      points: settings.loginLockoutAfter,
      duration: FAILURES_KEPT_SECONDS,
    });
    // Only ever blocked: a key here is the time before the account's next attempt.
    this.accountWaits = store.limiter({ keyPrefix: 'sign-in:account-wait', points: 1, duration: 1 });
    this.addressFailures = store.limiter({ keyPrefix: 'sign-in:address-failures', points: settings.loginRateLimit, duration: 60 });
  }

  /**
   * Runs `signIn` unless the account or the caller is held back, and counts
   * how it went: an error `isFailure` recognises (by default the
   * UnauthenticatedError of a wrong email or password) is a failed attempt. A point is taken before the check, so that attempts made at
   * once cannot all slip past the count; a success gives it back.
   */
  async attempt<T>(
    email: string,
    caller: string,
    signIn: () => Promise<T>,
    isFailure: (error: unknown) => boolean = (error) => error instanceof UnauthenticatedError,
  ): Promise<T> {
    const account = createHash('sha256').update(email.trim().toLowerCase()).digest('base64url');
    const waiting = await this.accountWaits.get(account);
    if (waiting && waiting.consumedPoints > 1) throw this.accountRefusal(waiting.msBeforeNext);
    await this.addressFailures.consume(caller).catch((refusal: unknown) => {
      throw refusal instanceof RateLimiterRes
        ? new TooManyRequestsError('Too many failed sign-ins from this address', refusal.msBeforeNext / 1000)
        : refusal;
    });
    const failures = await this.accountFailures.consume(account).catch((refusal: unknown) => {
      throw refusal instanceof RateLimiterRes ? this.accountRefusal(refusal.msBeforeNext) : refusal;
    });
    try {
      const signedIn = await signIn();
      await Promise.all([this.accountFailures.delete(account), this.accountWaits.delete(account), this.addressFailures.reward(caller)]);
      return signedIn;
    } catch (error) {
      if (isFailure(error)) await this.failed(account, failures.consumedPoints);
      else await Promise.all([this.accountFailures.reward(account), this.addressFailures.reward(caller)]);
      throw error;
    }
  }

  /** The account's `count`th consecutive failure: a lockout at the limit, a wait before it. */
  private async failed(account: string, count: number): Promise<void> {
    const { loginDelayAfter, loginLockoutAfter, loginLockoutSeconds } = this.settings;
    if (count >= loginLockoutAfter) await this.accountFailures.block(account, loginLockoutSeconds);
    else if (count >= loginDelayAfter) await this.accountWaits.block(account, waitSeconds(count, loginLockoutAfter, loginLockoutSeconds));
  }

  /** Locked, or waiting: either way no longer than a lockout, though the count itself lasts longer. */
  private accountRefusal(msBeforeNext: number): TooManyRequestsError {
    return new TooManyRequestsError(
      'Too many failed sign-ins for this account',
      Math.min(msBeforeNext / 1000, this.settings.loginLockoutSeconds),
    );
  }
}

/**
 * The wait after the `count`th consecutive failure, short of the lockout:
 * half the lockout before the last attempt, a quarter before the one before,
 * and so on (with the defaults, 28 s after the fifth failure, then 56 s, 2, 4
 * and 8 minutes, then a lockout of 15). Whole seconds: the Redis store keeps
 * nothing shorter.
 */
function waitSeconds(count: number, lockoutAfter: number, lockoutSeconds: number): number {
  return Math.max(1, Math.ceil(lockoutSeconds / 2 ** (lockoutAfter - count)));
}
