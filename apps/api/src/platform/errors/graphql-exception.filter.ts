import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import { toGraphQLError } from './to-graphql-error.js';

/**
 * Hands whatever a resolver, guard or pipe throws to Apollo as a GraphQL error,
 * so that expected failures (a wrong role, an unknown id) are not logged as
 * crashes; unexpected ones are logged once, in toGraphQLError. Plain HTTP
 * routes keep Nest's own handling.
 */
@Catch()
export class GraphQLExceptionFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<GqlContextType>() !== 'graphql') return super.catch(exception, host);
    return toGraphQLError(exception);
  }
}
