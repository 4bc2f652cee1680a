import { Global, Module } from '@nestjs/common';
import { LimiterStore } from './limiter-store.js';
import { SignInThrottle } from './sign-in-throttle.js';

/**
 * The store every limit is counted in, and the throttle of signing in.
 * RateLimitGuard, over every mutation, counts there too.
 */
@Global()
@Module({
  providers: [LimiterStore, SignInThrottle],
  exports: [LimiterStore, SignInThrottle],
})
export class RateLimitModule {}
