import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const FIRST_YEAR = 1;
const LAST_YEAR = 9999;

/**
 * ISO 8601 as clients send it: a date, or a date and a time (seconds and
 * their fraction optional) with an optional UTC offset; the year has four
 * digits, or six with a sign.
 */
const ISO_DATE_TIME =
  /^(?<year>[+-]\d{6}|\d{4})-(?<month>\d{2})-(?<day>\d{2})(?:[Tt ](?<hour>\d{2}):(?<minute>\d{2})(?::(?<second>\d{2})(?:\.\d+)?)?(?:[Zz]|[+-](?<offsetHours>\d{2}):?(?<offsetMinutes>\d{2}))?)?$/;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Whether PostgreSQL can store this instant, within the years the product deals in (1 to 9999). */
export function isStorableDate(date: Date): boolean {
  const year = date.getUTCFullYear();
  return !Number.isNaN(date.getTime()) && year >= FIRST_YEAR && year <= LAST_YEAR;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/**
 * Why these calendar fields name no instant, or null when they do. JavaScript
 * rolls 30 February over to 2 March and 24:00 to the next day; a date-time
 * that says what it means is never rolled over.
 */
function calendarProblem(fields: Record<string, string | undefined>): string | null {
  const [year, month, day] = [Number(fields.year), Number(fields.month), Number(fields.day)];
  if (month < 1 || month > 12) return `DateTime has no month ${fields.month}: months are 01 to 12`;
  const days = daysIn(year, month);
  if (day < 1 || day > days) return `DateTime has no day ${fields.day} in ${MONTHS[month - 1]} ${year}, which has ${days} days`;
  if (Number(fields.hour ?? 0) > 23 || Number(fields.minute ?? 0) > 59 || Number(fields.second ?? 0) > 59)
    return 'DateTime must have a time of day from 00:00:00 to 23:59:59';
  if (Number(fields.offsetHours ?? 0) > 23 || Number(fields.offsetMinutes ?? 0) > 59)
    return 'DateTime must have a UTC offset from -23:59 to +23:59';
  return null;
}

function parse(value: unknown): Date {
  const fields = typeof value === 'string' ? ISO_DATE_TIME.exec(value)?.groups : undefined;
  if (!fields) throw new GraphQLError('DateTime must be an ISO 8601 date-time string, such as 2026-11-23T09:30Z');
  const problem = calendarProblem(fields);
  if (problem) throw new GraphQLError(problem);
  const date = new Date(value as string);
  if (!isStorableDate(date)) throw new GraphQLError(`DateTime must fall between the years ${FIRST_YEAR} and ${LAST_YEAR}`);
  return date;
}

/**
 * The DateTime scalar: an ISO 8601 date-time, read strictly (a day the month
 * does not have is refused, not rolled over into the next), and within the
 * years 1 to 9999 (PostgreSQL cannot store 5000 BC); anything else is refused
 * while the request's variables are read, as BAD_USER_INPUT naming the field.
 */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format.',
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : null),
  serialize: (value) => (value instanceof Date ? value.toISOString() : null),
});
