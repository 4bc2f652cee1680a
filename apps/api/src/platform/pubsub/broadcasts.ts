import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import { Redis } from 'ioredis';
import { Settings } from '#platform/config';

const PUBLISH_TIMEOUT_MS = 1_000;

/**
 * Messages every API instance hears: in this process by default; with
 * REDIS_URL, Redis pub/sub, so that what one instance publishes (a committed
 * celebration, a sign-in that ended) reaches the live connections of all of
 * them. Messages are plain JSON, the same through Redis as in memory.
 */
@Injectable()
export class Broadcasts implements OnApplicationShutdown {
  private readonly logger = new Logger(Broadcasts.name);
  private readonly pubSub: PubSubEngine;
  private readonly connections: Redis[] = [];

  constructor(settings: Settings) {
    if (settings.redisUrl) {
      // The committing request (and the demo seed) waits for its publishes: with Redis unreachable they
      // fail at once instead of queueing through twenty reconnection attempts (about 40 s each time),
      // and a Redis that accepts connections but does not answer costs a request one second at most.
      const publisher = new Redis(settings.redisUrl, { enableOfflineQueue: false, commandTimeout: PUBLISH_TIMEOUT_MS });
      // A SUBSCRIBE waits until Redis is back: graphql-redis-subscriptions leaves a failed one as an
      // unhandled rejection, which would stop the process.
      const subscriber = new Redis(settings.redisUrl, { maxRetriesPerRequest: null });
      for (const [role, connection] of [
        ['publisher', publisher],
        ['subscriber', subscriber],
      ] as const) {
        // ioredis retries for ever, every two seconds at most: say so once per outage, not at each attempt.
        let down = false;
        connection.on('error', (error: Error) => {
          if (!down) this.logger.warn(`Redis ${role}: ${error.message}; live connections wait until Redis answers`);
          down = true;
        });
        connection.on('ready', () => {
          if (down) this.logger.log(`Redis ${role}: connected again`);
          down = false;
        });
        this.connections.push(connection);
      }
      this.pubSub = new RedisPubSub({ publisher, subscriber });
    } else {
      this.pubSub = new PubSub();
    }
  }

  /** Sends `message` to every listener of `channel` on every instance; rejects when Redis cannot take it. */
  publish<T extends object>(channel: string, message: T): Promise<void> {
    return this.pubSub.publish(channel, message);
  }

  /** The channel's messages from now on, for a GraphQL subscription. */
  listen<T>(channel: string): AsyncIterableIterator<T> {
    return this.pubSub.asyncIterableIterator<T>(channel);
  }

  /** Calls `onMessage` with each of the channel's messages until `unsubscribe` is called with the id it resolves to. */
  subscribe<T>(channel: string, onMessage: (message: T) => void): Promise<number> {
    return this.pubSub.subscribe(channel, onMessage, {});
  }

  unsubscribe(id: number): void {
    this.pubSub.unsubscribe(id);
  }

  async onApplicationShutdown(): Promise<void> {
    // QUIT would wait for a connection that is not there; a connection not ready is just dropped.
    await Promise.all(
      this.connections.map((connection) =>
        connection.status === 'ready' ? connection.quit().catch(() => undefined) : connection.disconnect(),
      ),
    );
  }
}
