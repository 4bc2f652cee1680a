import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { TooManyRequestsError } from '@laurels/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { Settings } from '#platform/config';
import type { GraphQLContext } from '#platform/graphql';
import { callerOf } from './caller.js';
import { LimiterStore } from './limiter-store.js';

/**
 * Per-caller limits a minute, per mutation (see callerOf: the client's
 * address over HTTP, the person on a live connection): sign-up under a tight
 * limit, every other mutation under a looser one. Signing in is throttled by
 * SignInThrottle, which counts failures; queries are not limited.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly signUps: RateLimiterAbstract;
  private readonly mutations: RateLimiterAbstract;

  constructor(settings: Settings, store: LimiterStore) {
    this.signUps = store.limiter({ keyPrefix: 'sign-up', points: settings.loginRateLimit, duration: 60 });
    this.mutations = store.limiter({ keyPrefix: 'mutation', points: settings.mutationRateLimit, duration: 60 });
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (info.parentType.name !== 'Mutation' || info.fieldName === 'login') return true;
    const limiter = info.fieldName === 'signUp' ? this.signUps : this.mutations;
    try {
      await limiter.consume(`${info.fieldName}:${callerOf(gql.getContext<GraphQLContext>())}`);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw new TooManyRequestsError('Too many requests', error.msBeforeNext / 1000);
      throw error;
    }
    return true;
  }
}
