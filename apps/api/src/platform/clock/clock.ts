import { Injectable } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';

const pretendNow = new AsyncLocalStorage<Date>();

/** The current time, injected so that tests can move it (expiry, streaks, periods). */
@Injectable()
export class Clock {
  now(): Date {
    const pretend = pretendNow.getStore();
    return pretend ? new Date(pretend) : new Date();
  }

  /** Runs `work` as if it were `at`, through the real services: the demo seed writes its history this way. */
  at<T>(at: Date, work: () => Promise<T>): Promise<T> {
    return pretendNow.run(at, work);
  }
}
