import type { GraphQLResponse } from './test-app.js';

/** A stack frame as Node prints it, e.g. "at Foo.bar (/app/src/foo.ts:12:3)". */
const STACK_FRAME = /\bat .*(:\d+:\d+|<anonymous>)/;

/**
 * Asserts that a response failed with exactly one clean GraphQL error: the
 * given code (and field, when given), no internal error, and nothing of the
 * server's insides (stack traces, exception objects) leaked to the client.
 */
export function expectError(response: GraphQLResponse, code: string, field?: string): void {
  expect(response.errors?.map((error) => error.extensions?.code)).toEqual([code]);
  if (field !== undefined) expect(response.errors![0]!.extensions?.field).toBe(field);
  expectNoLeak(response);
}

/** Whatever went wrong, the client learns a code and a message, never an internal error or a stack trace. */
export function expectNoLeak(response: GraphQLResponse): void {
  for (const error of response.errors ?? []) {
    expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    expect(Object.keys(error.extensions ?? {}).filter((key) => key !== 'code' && key !== 'field')).toEqual([]);
    expect(error.extensions).not.toHaveProperty('stacktrace');
    expect(error.extensions).not.toHaveProperty('exception');
    expect(error.message).not.toMatch(STACK_FRAME);
  }
}
