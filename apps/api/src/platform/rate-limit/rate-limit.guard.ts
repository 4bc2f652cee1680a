import { HttpException, HttpStatus, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { Settings } from '#platform/config';
import type { GraphQLContext } from '#platform/graphql';

const SIGN_IN_FIELDS = new Set(['login', 'signUp']);

/**
 * Per-address limits, per minute and per mutation: signing in and signing up
 * under a tight limit, every other mutation under a looser one. Queries are
 * not limited. Counters are per API instance.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly signIn: RateLimiterMemory;
  private readonly mutations: RateLimiterMemory;

  constructor(settings: Settings) {
    this.signIn = new RateLimiterMemory({ keyPrefix: 'sign-in', points: settings.loginRateLimit, duration: 60 });
    this.mutations = new RateLimiterMemory({ keyPrefix: 'mutation', points: settings.mutationRateLimit, duration: 60 });
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (info.parentType.name !== 'Mutation') return true;
    const limiter = SIGN_IN_FIELDS.has(info.fieldName) ? this.signIn : this.mutations;
    const address = gql.getContext<GraphQLContext>().req?.ip ?? 'unknown';
    try {
      await limiter.consume(`${info.fieldName}:${address}`);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw new HttpException('Too many requests', HttpStatus.TOO_MANY_REQUESTS);
      throw error;
    }
    return true;
  }
}
