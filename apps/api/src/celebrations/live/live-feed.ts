import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import { Redis } from 'ioredis';
import { Settings } from '../../config/settings.js';
import { Celebration } from '../celebration.entity.js';

const CELEBRATION_ADDED = 'celebrationAdded';

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
      const publisher = new Redis(settings.redisUrl, { lazyConnect: false });
      const subscriber = new Redis(settings.redisUrl, { lazyConnect: false });
      for (const connection of [publisher, subscriber]) {
        connection.on('error', (error: Error) => this.logger.warn(`Redis: ${error.message}`));
        this.connections.push(connection);
      }
      this.pubSub = new RedisPubSub({ publisher, subscriber });
    } else {
      this.pubSub = new PubSub();
    }
  }

  /** Delivers committed celebrations. A failure is logged, never thrown: what was committed stays committed. */
  async publish(celebrations: readonly Celebration[]): Promise<void> {
    for (const celebration of celebrations) {
      try {
        await this.pubSub.publish(CELEBRATION_ADDED, toEvent(celebration));
      } catch (error) {
        this.logger.warn(`Could not publish celebration ${celebration.id}: ${(error as Error).message}`);
      }
    }
  }

  events(): AsyncIterableIterator<CelebrationEvent> {
    return this.pubSub.asyncIterableIterator<CelebrationEvent>(CELEBRATION_ADDED);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.connections.map((connection) => connection.quit().catch(() => undefined)));
  }
}
