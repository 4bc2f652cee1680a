import { applyDecorators, type PipeTransform } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';
import { InvalidInputError } from '@laurels/domain';
import { Transform } from 'class-transformer';
import { IsUUID, type ValidationOptions } from 'class-validator';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isId(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

class ParseIdPipe implements PipeTransform<unknown, string | null> {
  constructor(
    private readonly name: string,
    private readonly optional: boolean,
  ) {}

  transform(value: unknown): string | null {
    if (value == null && this.optional) return null;
    if (!isId(value)) throw new InvalidInputError(this.name, `${this.name} is not a valid id`);
    return value.toLowerCase();
  }
}

/** An `ID!` argument, checked to be a well-formed id before any query runs. */
export const IdArg = (name: string) => Args(name, { type: () => ID }, new ParseIdPipe(name, false));

/** An optional `ID` argument. */
export const OptionalIdArg = (name: string, description?: string) =>
  Args(name, { type: () => ID, nullable: true, description }, new ParseIdPipe(name, true));

class ParseIdListPipe implements PipeTransform<unknown, string[] | null> {
  constructor(
    private readonly name: string,
    private readonly max: number,
  ) {}

  transform(value: unknown): string[] | null {
    if (value == null) return null;
    const ids = value as unknown[];
    if (ids.length > this.max) throw new InvalidInputError(this.name, `${this.name} may name at most ${this.max} ids`);
    if (!ids.every(isId)) throw new InvalidInputError(this.name, `${this.name} holds an id that is not valid`);
    return [...new Set(ids.map((id) => id.toLowerCase()))];
  }
}

/** An `[ID!]` argument of at most `max` ids, each checked, lower-cased and named once; null when not given (unless required). */
export const IdListArg = (
  name: string,
  max: number,
  { required = false, description }: { required?: boolean; description?: string } = {},
) => Args(name, { type: () => [ID], nullable: !required, description }, new ParseIdListPipe(name, max));

const lowerCase = (value: unknown): unknown =>
  typeof value === 'string'
    ? value.toLowerCase()
    : Array.isArray(value)
      ? value.map((item) => (typeof item === 'string' ? item.toLowerCase() : item))
      : value;

/**
 * An id field of an input type (or, with `{ each: true }`, a list of ids),
 * lower-cased as the database spells ids, like IdArg: an id in capitals is
 * the same id, and compares equal to it in code too.
 */
export const IsId = (options?: ValidationOptions) =>
  applyDecorators(
    Transform(({ value }) => lowerCase(value)),
    IsUUID('all', { message: '$property is not a valid id', ...options }),
  );
