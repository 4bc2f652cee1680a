import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import { Redis } from 'ioredis';
import { Settings } from '#platform/config';
import { Celebration } from '../celebration.entity.js';

const CELEBRATION_ADDED = 'celebrationAdded';
const PUBLISH_TIMEOUT_MS = 1_000;

/** A celebration as it travels to subscribers: plain JSON, the same through Redis as in memory. */
export type CelebrationEvent = Omit<Celebration, 'createdAt' | 'organization' | 'user' | 'team' | 'actor'> & { readonly createdAt: string };

export function toEvent(celebration: Celebration): CelebrationEvent {
  const { organization: _organization, user: _user, team: _team, actor: _actor, ...fields } = celebration;
  return { ...fields, createdAt: celebration.createdAt.toISOString() };
}

export function fromEvent(event: CelebrationEvent): Celebration {
  return Object.assign(new Celebration(), { ...event, createdAt: new Date(event.createdAt) });
}

/**
 * The live feed's pub/sub: in this process by default; with REDIS_URL, Redis
 * pub/sub, so that every API instance behind a load balancer delivers what any
 * of them committed.
 */
@Injectable()
export class LiveFeed implements OnApplicationShutdown {
  private readonly logger = new Logger(LiveFeed.name);
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
          if (!down) this.logger.warn(`Redis ${role}: ${error.message}; the live feed waits until Redis answers`);
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

  /** Delivers committed celebrations. A failure is logged, never thrown: what was committed stays committed. */
  async publish(celebrations: readonly Celebration[]): Promise<void> {
    // Sent together, so that a slow Redis delays the request once, not once per celebration; one
    // connection still delivers them in order.
    await Promise.all(
      celebrations.map((celebration) =>
        this.pubSub.publish(CELEBRATION_ADDED, toEvent(celebration)).catch((error: unknown) => {
          this.logger.warn(`Could not publish celebration ${celebration.id}: ${(error as Error).message}`);
        }),
      ),
    );
  }

  events(): AsyncIterableIterator<CelebrationEvent> {
    return this.pubSub.asyncIterableIterator<CelebrationEvent>(CELEBRATION_ADDED);
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
