import { randomUUID } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { CelebrationKind } from '@laurels/domain';
import { Celebration } from '../../src/achievements/celebrations/celebration.entity.js';
import { LiveFeed } from '../../src/achievements/celebrations/live/live-feed.js';
import type { TestApi } from './test-app.js';

/** The ids of the probes `ready` published: subscriptions count them apart from what they report. */
const probeIds = new Set<string>();

/** How a graphql-ws connection ended, as its close event says. */
export interface Closed {
  readonly code: number;
  readonly reason: string;
}

export type LiveClient = Client & { readonly closed: Promise<Closed> };

/**
 * A graphql-ws client of the test API sending this authorization (none when
 * null) when it connects, and these headers (a browser's Cookie and Origin) with
 * its upgrade request; it never retries.
 */
export function liveClient(api: TestApi, authorization: string | null, headers: Record<string, string> = {}): LiveClient {
  let onClosed!: (closed: Closed) => void;
  const closed = new Promise<Closed>((resolve) => (onClosed = resolve));
  const client = createClient({
    url: `${api.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: class extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers });
      }
    },
    connectionParams: authorization === null ? {} : { authorization },
    retryAttempts: 0,
    on: {
      closed: (event) => {
        const { code, reason } = event as { code: number; reason?: unknown };
        onClosed({ code, reason: String(reason ?? '') });
      },
    },
  });
  return Object.assign(client, { closed });
}

/**
 * One subscription's deliveries as they arrive, over a connection of its own:
 * `received` holds them in order (probes left out), `next(n)` waits until `n`
 * have arrived, `errors` holds what the server refused it with. The query
 * must select the delivered object's `id`.
 */
export class LiveSubscription<T extends { id: string }> {
  readonly received: T[] = [];
  /** Probes delivered (see `ready`). */
  probes = 0;
  errors: unknown = null;
  completed = false;
  private waiters: (() => void)[] = [];
  private readonly unsubscribe: () => void;

  constructor(
    readonly client: LiveClient,
    query: string,
    variables: Record<string, unknown> = {},
    field = 'celebrationAdded',
  ) {
    this.unsubscribe = client.subscribe<Record<string, T>>(
      { query, variables },
      {
        next: (result) => {
          if (result.errors) this.errors = result.errors;
          const value = result.data?.[field];
          if (value && probeIds.has(value.id)) this.probes++;
          else if (value) this.received.push(value);
          this.notify();
        },
        error: (error) => {
          this.errors = error;
          this.notify();
        },
        complete: () => {
          this.completed = true;
          this.notify();
        },
      },
    );
  }

  /** Waits until `count` deliveries have arrived (one more than now by default); fails after `timeoutMs`. */
  async next(count = this.received.length + 1, timeoutMs = 5_000): Promise<T[]> {
    await this.until(
      () => this.received.length >= count,
      timeoutMs,
      () => `expected ${count} deliveries, got ${this.received.length}`,
    );
    return this.received;
  }

  /** Waits until the server ends the subscription, with an error or complete. */
  async ended(timeoutMs = 5_000): Promise<void> {
    await this.until(
      () => this.errors !== null || this.completed,
      timeoutMs,
      () => 'the subscription did not end',
    );
  }

  /** Resolves once `done()` holds, checked again on every message; fails after `timeoutMs`. */
  async until(done: () => boolean, timeoutMs: number, describe: () => string): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!done()) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`${describe()} within ${timeoutMs} ms (errors: ${JSON.stringify(this.errors)})`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 100));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async close(): Promise<void> {
    this.unsubscribe();
    await this.client.dispose();
  }

  private notify(): void {
    for (const wake of this.waiters.splice(0)) wake();
  }
}

/** Subscribes to `query` over a new connection signed in with `token`. */
export function subscribe<T extends { id: string }>(
  api: TestApi,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): LiveSubscription<T> {
  return new LiveSubscription<T>(liveClient(api, `Bearer ${token}`), query, variables);
}

/**
 * Waits until the server really listens: graphql-ws does not acknowledge a
 * subscription, and the pub/sub listens only from the iterator's first pull.
 * Publishes probe celebrations of the organisation (and team) straight to the
 * live feed until the subscription delivers one. Probes are never stored, and
 * `received` leaves them out.
 */
export async function ready(
  api: TestApi,
  subscription: LiveSubscription<{ id: string }>,
  where: { organizationId: string; teamId?: string | null },
): Promise<void> {
  const live = api.app.get(LiveFeed);
  const before = subscription.probes;
  const deadline = Date.now() + 5_000;
  while (subscription.probes === before) {
    if (subscription.errors !== null) throw new Error(`the subscription failed: ${JSON.stringify(subscription.errors)}`);
    if (Date.now() > deadline) throw new Error('the subscription never started');
    await live.publish([probe(where.organizationId, where.teamId ?? null)]);
    await subscription
      .until(
        () => subscription.probes > before || subscription.errors !== null,
        50,
        () => '',
      )
      .catch(() => undefined);
  }
}

function probe(organizationId: string, teamId: string | null): Celebration {
  const id = randomUUID();
  probeIds.add(id);
  return Object.assign(new Celebration(), {
    id,
    organizationId,
    kind: CelebrationKind.SUCCESS_STORY,
    title: 'Probe',
    body: null,
    userId: null,
    peopleIds: [],
    actorId: null,
    teamId,
    sourceKey: `PROBE:${id}`,
    details: {},
    createdAt: new Date(),
  });
}

/** Gives anything still on its way time to arrive, before asserting that nothing more came. */
export const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));
