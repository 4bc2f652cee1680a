/**
 * Typed failures the rules and services raise. The API maps each kind to one
 * GraphQL error code in a single place; nothing else decides how errors look.
 */
export abstract class DomainError extends Error {
  abstract readonly kind: 'INVALID_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'CONFLICT' | 'TOO_MANY_REQUESTS';

  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The caller sent something the rules do not accept; `field` names the culprit. */
export class InvalidInputError extends DomainError {
  readonly kind = 'INVALID_INPUT';

  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** Unknown, or invisible to this caller: another organisation's ids look unknown too. */
export class NotFoundError extends DomainError {
  readonly kind = 'NOT_FOUND';

  constructor(
    readonly entity: string,
    readonly id?: string,
  ) {
    super(id ? `${entity} ${id} was not found` : `${entity} was not found`);
  }
}

export class ForbiddenError extends DomainError {
  readonly kind = 'FORBIDDEN';
}

export class UnauthenticatedError extends DomainError {
  readonly kind = 'UNAUTHENTICATED';
}

/** The request is well-formed but clashes with existing state (a taken email, say). */
export class ConflictError extends DomainError {
  readonly kind = 'CONFLICT';

  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** Refused until a limit frees up: `retryAfterSeconds` says when, and so does the message. */
export class TooManyRequestsError extends DomainError {
  readonly kind = 'TOO_MANY_REQUESTS';

  constructor(
    what: string,
    readonly retryAfterSeconds: number,
  ) {
    super(`${what}: try again in ${inWords(retryAfterSeconds)}`);
  }
}

/** "1 second", "45 seconds", "15 minutes", "2 hours": rounded up, so that trying again then works. */
function inWords(seconds: number): string {
  const [amount, unit] =
    seconds < 90
      ? [Math.max(1, Math.ceil(seconds)), 'second']
      : seconds < 90 * 60
        ? [Math.ceil(seconds / 60), 'minute']
        : [Math.ceil(seconds / 3600), 'hour'];
  return `${amount} ${unit}${amount === 1 ? '' : 's'}`;
}
