import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { ForbiddenError, UnauthenticatedError, hasRole } from '@laurels/domain';
import type { GraphQLResolveInfo } from 'graphql';
import type { Repository } from 'typeorm';
import { User } from '../../organizations/user.entity.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { isId } from '../graphql/ids.js';
import { ACCESS_METADATA, type AccessRule } from './access.decorators.js';
import { TokenService } from './token.service.js';

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
    private readonly tokens: TokenService,
    @InjectRepository(User) private readonly users: Repository<User>,
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
    const ctx = gql.getContext<GraphQLContext>();
    ctx.viewer ??= await this.viewerFrom(ctx.req?.headers?.authorization);
    if (!hasRole(ctx.viewer.role, rule.minimumRole)) {
      throw new ForbiddenError(`${info.fieldName} needs the ${rule.minimumRole} role or higher`);
    }
    return true;
  }

  private async viewerFrom(authorization: string | undefined) {
    const token = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (!token) throw new UnauthenticatedError('Sign in first: send the token as "Authorization: Bearer <token>"');
    const claims = await this.tokens.verify(token);
    const user = isId(claims.userId) && isId(claims.organizationId)
      ? await this.users.findOne({
          select: { id: true, organizationId: true, role: true },
          where: { id: claims.userId, organizationId: claims.organizationId },
        })
      : null;
    if (!user) throw new UnauthenticatedError('This account no longer exists: sign in again');
    return { userId: user.id, organizationId: user.organizationId, role: user.role };
  }
}
