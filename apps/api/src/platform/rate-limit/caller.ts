import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLContext } from '#platform/graphql';

/**
 * Whom a limit counts against. Over HTTP, the client's address: the
 * connection's, or the one X-Forwarded-For names when the connection comes
 * from a trusted proxy (TRUSTED_PROXIES). On a live connection, which has no
 * request of its own, the signed-in person the connection opened for.
 */
export function callerOf(context: GraphQLContext): string {
  if (context.live) return `person:${context.viewer?.userId ?? 'unknown'}`;
  return `address:${context.req?.ip ?? 'unknown'}`;
}

/** The caller (see callerOf), for resolvers whose services count attempts. */
export const Caller = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  callerOf(GqlExecutionContext.create(context).getContext<GraphQLContext>()),
);
