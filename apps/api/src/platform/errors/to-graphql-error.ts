import { Logger } from '@nestjs/common';
import { ConflictError, DomainError, InvalidInputError } from '@laurels/domain';
import { GraphQLError } from 'graphql';
import { inWords } from './field-words.js';

const CODE_BY_KIND: Record<DomainError['kind'], string> = {
  INVALID_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
};

const logger = new Logger('GraphQL');

/**
 * How a failure becomes a GraphQL error: domain errors keep their message under
 * a stable code (a message about an input field in words: "Due date must be in the future"); anything unexpected is logged here and reaches the client as a
 * plain "Internal server error", never with a stack trace.
 */
export function toGraphQLError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  if (error instanceof DomainError) {
    const field = error instanceof InvalidInputError || error instanceof ConflictError ? error.field : undefined;
    const message = field ? inWords(error.message, field) : error.message;
    return new GraphQLError(message, { extensions: { code: CODE_BY_KIND[error.kind], ...(field ? { field } : {}) } });
  }
  logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return new GraphQLError('Internal server error', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}

/**
 * The argument or input field a variable that GraphQL could not read is
 * about, so that such errors name their field like every other: `Variable
 * "$input" got invalid value … at "input.rows[1].receivedAt"; …` names
 * receivedAt, `Variable "$from" got invalid value …; …` names from.
 */
export function fieldOfVariableError(message: string): string | undefined {
  const variable = /^Variable "\$(\w+)" got invalid value /.exec(message)?.[1];
  if (!variable) return undefined;
  const path = new RegExp(`^[\\s\\S]* at "${variable}((?:\\.\\w+|\\[\\d+\\])*)"; `).exec(message)?.[1];
  return path?.match(/\.(\w+)(?:\[\d+\])*$/)?.[1] ?? variable;
}
