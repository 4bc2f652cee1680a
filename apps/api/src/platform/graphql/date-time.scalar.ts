import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const FIRST_YEAR = 1;
const LAST_YEAR = 9999;

/** Whether PostgreSQL can store this instant, within the years the product deals in (1 to 9999). */
export function isStorableDate(date: Date): boolean {
  const year = date.getUTCFullYear();
  return !Number.isNaN(date.getTime()) && year >= FIRST_YEAR && year <= LAST_YEAR;
}

function parse(value: unknown): Date {
  const date = typeof value === 'string' ? new Date(value) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime must be an ISO 8601 date-time string, such as 2026-11-23T09:30Z');
  if (!isStorableDate(date)) throw new GraphQLError(`DateTime must fall between the years ${FIRST_YEAR} and ${LAST_YEAR}`);
  return date;
}

/**
 * The DateTime scalar: Nest's ISO date-time, but a value that is not a date,
 * or lies outside the years 1 to 9999 (PostgreSQL cannot store 5000 BC), is
 * refused while the request's variables are read, as BAD_USER_INPUT.
 */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format.',
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : null),
  serialize: (value) => (value instanceof Date ? value.toISOString() : null),
});
