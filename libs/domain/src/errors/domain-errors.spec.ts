import { TooManyRequestsError } from './domain-errors.js';

describe('TooManyRequestsError', () => {
  it.each([
    [0.2, 'try again in 1 second'],
    [1, 'try again in 1 second'],
    [45.1, 'try again in 46 seconds'],
    [89, 'try again in 89 seconds'],
    [90, 'try again in 2 minutes'],
    [900, 'try again in 15 minutes'],
    [5_400, 'try again in 2 hours'],
  ])('says when to try again after %d seconds, rounded up', (seconds, when) => {
    const error = new TooManyRequestsError('Too many failed sign-ins for this account', seconds);
    expect(error.message).toBe(`Too many failed sign-ins for this account: ${when}`);
    expect(error.kind).toBe('TOO_MANY_REQUESTS');
    expect(error.retryAfterSeconds).toBe(seconds);
  });
});
