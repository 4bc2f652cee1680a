import { liveUrl, retryDelay, statusAfterClose } from './live';

describe('the live socket', () => {
  it('uses the page’s own host, over wss:// when the page is served over https://', () => {
    expect(liveUrl({ protocol: 'http:', host: 'localhost:4200' })).toBe('ws://localhost:4200/graphql');
    expect(liveUrl({ protocol: 'https:', host: 'laurels.example' })).toBe('wss://laurels.example/graphql');
  });

  it('waits longer after each failed attempt, never more than 30 seconds', () => {
    expect(retryDelay(0, 0)).toBe(500);
    expect(retryDelay(0, 1)).toBe(1000);
    expect(retryDelay(3, 0.5)).toBe(6000);
    expect(retryDelay(20, 1)).toBe(30_000);
  });

  it('stays refused when the server will not take the token, at the start or once it expired; otherwise reconnects while subscriptions are open', () => {
    expect(statusAfterClose(4403, 1)).toBe('refused');
    expect(statusAfterClose(4401, 1)).toBe('refused');
    expect(statusAfterClose(1006, 2)).toBe('reconnecting');
    expect(statusAfterClose(undefined, 1)).toBe('reconnecting');
    expect(statusAfterClose(1000, 0)).toBe('idle');
  });
});
