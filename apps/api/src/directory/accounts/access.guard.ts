import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ForbiddenError, hasRole } from '@laurels/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { ACCESS_METADATA, type AccessRule } from '#platform/auth';
import type { AccountContext } from './account-context.js';
import { Authenticator } from './authenticator.js';
import { SessionCookie } from './session-cookie.js';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * Deny by default: every root field must declare who may call it (@Public,
 * @SignedIn or @RequireRole); a root field without a rule is refused. Field
 * resolvers inherit the check of the root field that reached them unless they
 * declare a stricter rule of their own.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
    private readonly cookie: SessionCookie,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [context.getHandler(), context.getClass()]);
    if (context.getType<string>() !== 'graphql') return rule?.public === true;
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (!rule) {
      if (ROOT_TYPES.has(info.parentType.name)) throw new ForbiddenError(`${info.fieldName} has no access rule`);
      return true;
    }
    if (rule.public) return true;
    const ctx = gql.getContext<AccountContext>();
    if (!ctx.viewer) {
      // The root fields of a query run together: the first to get here reads the account, the others wait for it.
      ctx.authenticating ??= this.authenticator.authenticate(this.cookie.tokenOfRequest(ctx.req));
      ctx.account = await ctx.authenticating;
      ctx.viewer = ctx.account.viewer;
    }
    if (!hasRole(ctx.viewer.role, rule.minimumRole)) {
      throw new ForbiddenError(`${info.fieldName} needs the ${rule.minimumRole} role or higher`);
    }
    return true;
  }
}
