import { fieldOfVariableError } from './to-graphql-error.js';

describe('fieldOfVariableError', () => {
  it.each([
    ['Variable "$input" got invalid value "soon" at "input.startsAt"; DateTime must be an ISO 8601 date-time string', 'startsAt'],
    [
      'Variable "$input" got invalid value "x" at "input.rows[1].receivedAt"; DateTime must fall between the years 1 and 9999',
      'receivedAt',
    ],
    ['Variable "$input" got invalid value ["a", "b"] at "input.userIds[1]"; ID cannot represent value', 'userIds'],
    ['Variable "$from" got invalid value "next Tuesday"; DateTime must be an ISO 8601 date-time string', 'from'],
    ['Variable "$from" got invalid value "a; b"; DateTime must be an ISO 8601 date-time string', 'from'],
    [
      'Variable "$input" got invalid value { title: " at \\"input.x\\"; " } at "input.points"; Int cannot represent non-integer value: 1.5',
      'points',
    ],
  ])('names the field of %j', (message, field) => {
    expect(fieldOfVariableError(message)).toBe(field);
  });

  it('names nothing for other errors', () => {
    expect(fieldOfVariableError('Variable "$input" of required type "CreateCourseInput!" was not provided.')).toBeUndefined();
    expect(fieldOfVariableError('points must be at least 0')).toBeUndefined();
  });
});
