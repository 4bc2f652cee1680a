export { Caller, callerOf } from './caller.js';
export { RateLimitGuard } from './rate-limit.guard.js';
export { RateLimitModule } from './rate-limit.module.js';
export { SignInThrottle } from './sign-in-throttle.js';
export { TakenEmailLimit } from './taken-email-limit.js';
