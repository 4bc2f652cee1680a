import { Injectable } from '@nestjs/common';
import { TooManyRequestsError } from '@laurels/domain';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { LimiterStore } from './limiter-store.js';

/** Answers that an email cannot be used, per caller and hour. */
const TAKEN_ANSWERS_PER_HOUR = 10;
const HOUR = 60 * 60;

/**
 * Emails are unique across organisations, so that signing in needs only an
 * email; creating an account with one already in use has to be refused, and
 * the refusal says that the address is in use somewhere. Anyone can sign up,
 * so that answer is rationed: a caller (an address signing up, an
 * organisation adding people) that has been told ten times in an hour that an
 * email cannot be used may create no account with an unknown email either
 * until the hour is over, so that trying addresses one by one stays slow.
 */
@Injectable()
export class TakenEmailLimit {
  private readonly answers: RateLimiterAbstract;

  constructor(store: LimiterStore) {
    this.answers = store.limiter({ keyPrefix: 'taken-email', points: TAKEN_ANSWERS_PER_HOUR, duration: HOUR });
  }

  /** Before creating an account: refused once the caller has had its share of "cannot be used". */
  async check(caller: string): Promise<void> {
    const answered = await this.answers.get(caller);
    if (answered && answered.consumedPoints >= TAKEN_ANSWERS_PER_HOUR) throw this.refusal(answered.msBeforeNext);
  }

  /** Counts one "cannot be used" answer, just before it is given. */
  async count(caller: string): Promise<void> {
    const answered = await this.answers.penalty(caller);
    if (answered.consumedPoints > TAKEN_ANSWERS_PER_HOUR) throw this.refusal(answered.msBeforeNext);
  }

  private refusal(msBeforeNext: number): TooManyRequestsError {
    return new TooManyRequestsError('Too many attempts with email addresses that cannot be used', msBeforeNext / 1000);
  }
}
