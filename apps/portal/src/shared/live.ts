import { ApolloLink } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import type { FormattedExecutionResult } from 'graphql';
import type { Client, ClientOptions, Sink, SubscribePayload } from 'graphql-ws';
import { Observable, type Subscription } from 'rxjs';

/**
 * Where the socket stands: `idle` with no subscription open (the connection is
 * lazy), `live` once the server acknowledged it, `reconnecting` after a drop
 * while subscriptions wait, `refused` when the server will not take the sign-in.
 */
export type LiveStatus = 'idle' | 'connecting' | 'live' | 'reconnecting' | 'refused';

export interface LiveSocket {
  /** The terminating link for subscriptions. */
  readonly link: ApolloLink;
  status(): LiveStatus;
  /** Calls back on every change of status (the shape useSyncExternalStore wants). */
  onStatus(listener: () => void): () => void;
  /** Closes the socket now; open subscriptions reconnect on a new one, signed in as whoever the cookie says then. */
  restart(): void;
}

/** The server's close codes for a sign-in it will not take: refused at the start (4403), or expired or ended since (4401). */
const REFUSED_CODES: ReadonlySet<number | undefined> = new Set([4401, 4403]);
const PONG_TIMEOUT_MS = 5_000;

/** The page's own host, over ws:// or wss:// as the page is served. */
export function liveUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`;
}

/** Half to all of 2^retries seconds, at most 30 s: reconnecting clients do not stampede a restarted server. */
export function retryDelay(retries: number, random = Math.random()): number {
  const ceiling = Math.min(1000 * 2 ** retries, 30_000);
  return Math.round(ceiling / 2 + (random * ceiling) / 2);
}

/** Where the socket stands once it closed with `code` while `active` subscriptions were open. */
export function statusAfterClose(code: number | undefined, active: number): LiveStatus {
  if (REFUSED_CODES.has(code)) return 'refused';
  return active > 0 ? 'reconnecting' : 'idle';
}

/**
 * The subscriptions' WebSocket (graphql-ws). It opens with the first
 * subscription and closes with the last, is signed in by the session cookie
 * the browser sends with its upgrade request, retries forever with backoff
 * unless the sign-in is refused, expired or ended, and notices a socket that
 * went silent (no pong within 5 s of a ping).
 */
export function createLiveSocket(url: string = liveUrl()): LiveSocket {
  let status: LiveStatus = 'idle';
  const listeners = new Set<() => void>();
  const set = (next: LiveStatus) => {
    if (next === status) return;
    status = next;
    for (const listener of listeners) listener();
  };
  let socket: WebSocket | null = null;
  let pongTimer: ReturnType<typeof setTimeout> | undefined;
  // Subscriptions under way: a socket closing under them is a drop to recover from, not the lazy close.
  let active = 0;

  const options: ClientOptions = {
    url,
    lazy: true,
    retryAttempts: Infinity,
    keepAlive: 15_000,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, retryDelay(retries))),
    shouldRetry: (event) => !(typeof event === 'object' && event !== null && 'code' in event && REFUSED_CODES.has(event.code as number)),
    on: {
      connecting: (isRetry) => set(isRetry ? 'reconnecting' : 'connecting'),
      opened: (opened) => {
        socket = opened as WebSocket;
      },
      connected: () => set('live'),
      ping: (received) => {
        if (received) return;
        pongTimer = setTimeout(() => {
          if (socket?.readyState === WebSocket.OPEN) socket.close(4408, 'Pong timeout');
        }, PONG_TIMEOUT_MS);
      },
      pong: (received) => {
        if (received) clearTimeout(pongTimer);
      },
      closed: (event) => {
        clearTimeout(pongTimer);
        socket = null;
        set(statusAfterClose((event as { code?: number } | undefined)?.code, active));
      },
    },
  };

  // graphql-ws loads with the first subscription, not with the first page: nothing on screen waits for it.
  let client: Client | null = null;
  let loading: Promise<ApolloLink> | null = null;
  const load = () =>
    (loading ??= import('graphql-ws').then(({ createClient }) => {
      client = createClient(options);
      return new GraphQLWsLink(counting(client, (change) => (active += change)));
    }));

  return {
    link: new ApolloLink(
      (operation, forward) =>
        new Observable((observer) => {
          let subscription: Subscription | undefined;
          let closed = false;
          load().then(
            (link) => {
              if (!closed) subscription = link.request(operation, forward).subscribe(observer);
            },
            (error: unknown) => observer.error(error),
          );
          return () => {
            closed = true;
            subscription?.unsubscribe();
          };
        }),
    ),
    status: () => status,
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    restart: () => client?.terminate(),
  };
}

/** The same client, telling `count` +1 when a subscription starts and -1 when it ends, whichever way. */
function counting(client: Client, count: (change: 1 | -1) => void): Client {
  return {
    ...client,
    subscribe<Data, Extensions>(payload: SubscribePayload, sink: Sink<FormattedExecutionResult<Data, Extensions>>) {
      count(1);
      let ended = false;
      const end = () => {
        if (ended) return;
        ended = true;
        count(-1);
      };
      const dispose = client.subscribe<Data, Extensions>(payload, {
        next: (value) => sink.next(value),
        error: (error) => {
          end();
          sink.error(error);
        },
        complete: () => {
          end();
          sink.complete();
        },
      });
      return () => {
        end();
        dispose();
      };
    },
  };
}

export const LiveSocketContext = createContext<LiveSocket | null>(null);

/** The live connection's status, for a "Live" / "Reconnecting…" indicator; `idle` outside a provider. */
export function useLiveStatus(): LiveStatus {
  const live = useContext(LiveSocketContext);
  const subscribe = useCallback((listener: () => void) => live?.onStatus(listener) ?? (() => undefined), [live]);
  return useSyncExternalStore(subscribe, () => live?.status() ?? 'idle');
}
