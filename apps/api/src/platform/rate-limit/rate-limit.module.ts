import { Global, Module } from '@nestjs/common';
import { LimiterStore } from './limiter-store.js';
import { SignInThrottle } from './sign-in-throttle.js';
import { TakenEmailLimit } from './taken-email-limit.js';

/**
 * The store every limit is counted in, and the throttles of signing in and of
 * creating accounts. RateLimitGuard, over every mutation, counts there too.
 */
@Global()
@Module({
  providers: [LimiterStore, SignInThrottle, TakenEmailLimit],
  exports: [LimiterStore, SignInThrottle, TakenEmailLimit],
})
export class RateLimitModule {}
