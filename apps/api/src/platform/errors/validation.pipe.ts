import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { InvalidInputError } from '@laurels/domain';

/**
 * class-validator on every input type; the first broken constraint names its
 * field. Before that, text PostgreSQL cannot store (a NUL character) is refused
 * in any argument, so that it can never reach a query as an internal error.
 */
export function createValidationPipe(): ValidationPipe {
  return new InputPipe({
    transform: true,
    forbidUnknownValues: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => firstProblem(errors),
  });
}

class InputPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Named GraphQL arguments only: parents, context and custom decorators are not client input,
    // and the public REST routes check their own path and query parameters (a malformed id is not found there).
    if (metadata.type !== 'custom' && metadata.type !== 'param' && metadata.type !== 'query' && typeof metadata.data === 'string') {
      const path = nulPath(value, []);
      if (path) {
        const field = path.length > 0 ? path.join('.') : metadata.data;
        throw new InvalidInputError(field, `${field} must not contain NUL characters`);
      }
    }
    return super.transform(value, metadata);
  }

  /**
   * Only classes are validated. An enum argument's design type is the enum
   * object itself when SWC compiles the code (tsc says String): class-validator
   * would call any value of it unknown. GraphQL has already checked the value.
   */
  protected override toValidate(metadata: ArgumentMetadata): boolean {
    return typeof metadata.metatype === 'function' && super.toValidate(metadata);
  }
}

/** Where the first string holding a NUL character is, named as class-validator names fields; null if nowhere. */
function nulPath(value: unknown, path: string[]): string[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulPath(item, isPlainObject(item) ? [...path, String(index)] : path);
      if (found) return found;
    }
    return null;
  }
  if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      const found = nulPath(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === null || prototype === Object.prototype;
}

function firstProblem(errors: ValidationError[], path: string[] = []): InvalidInputError {
  for (const error of errors) {
    const here = [...path, error.property];
    const message = error.constraints ? Object.values(error.constraints)[0] : undefined;
    if (message) return new InvalidInputError(here.join('.'), message.replace(error.property, readable(here)));
    if (error.children?.length) return firstProblem(error.children, here);
  }
  return new InvalidInputError(path.join('.') || 'input', 'input is not valid');
}

/** ["questions", "1", "choices"] reads as "question 2 choices" in a message; the field keeps the exact path. */
function readable(path: string[]): string {
  return path
    .map((segment, index) =>
      Number.isInteger(Number(segment)) ? `${(path[index - 1] ?? '').replace(/s$/, '')} ${Number(segment) + 1}` : segment,
    )
    .filter((segment, index, all) => !all[index + 1]?.startsWith(`${segment.replace(/s$/, '')} `))
    .join(' ');
}
