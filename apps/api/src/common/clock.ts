import { Injectable } from '@nestjs/common';

/** The current time, injected so that tests can move it (expiry, streaks, periods). */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
