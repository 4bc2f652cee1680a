import { Injectable, Logger } from '@nestjs/common';
import { Broadcasts } from '#platform/pubsub';
import { Celebration } from '../celebration.entity.js';

const CELEBRATION_ADDED = 'celebrationAdded';

/** A celebration as it travels to subscribers: plain JSON, the same through Redis as in memory. */
export type CelebrationEvent = Omit<Celebration, 'createdAt' | 'organization' | 'user' | 'team' | 'actor' | 'lead'> & {
  readonly createdAt: string;
};

export function toEvent(celebration: Celebration): CelebrationEvent {
  const { organization: _organization, user: _user, team: _team, actor: _actor, lead: _lead, ...fields } = celebration;
  return { ...fields, createdAt: celebration.createdAt.toISOString() };
}

export function fromEvent(event: CelebrationEvent): Celebration {
  return Object.assign(new Celebration(), { ...event, createdAt: new Date(event.createdAt) });
}

/**
 * The live feed: committed celebrations, broadcast to every API instance
 * (through Redis with REDIS_URL) and delivered to each subscriber.
 */
@Injectable()
export class LiveFeed {
  private readonly logger = new Logger(LiveFeed.name);

  constructor(private readonly broadcasts: Broadcasts) {}

  /** Delivers committed celebrations. A failure is logged, never thrown: what was committed stays committed. */
  async publish(celebrations: readonly Celebration[]): Promise<void> {
    // Sent together, so that a slow Redis delays the request once, not once per celebration; one
    // connection still delivers them in order.
    await Promise.all(
      celebrations.map((celebration) =>
        this.broadcasts.publish(CELEBRATION_ADDED, toEvent(celebration)).catch((error: unknown) => {
          this.logger.warn(`Could not publish celebration ${celebration.id}: ${(error as Error).message}`);
        }),
      ),
    );
  }

  events(): AsyncIterableIterator<CelebrationEvent> {
    return this.broadcasts.listen<CelebrationEvent>(CELEBRATION_ADDED);
  }
}
