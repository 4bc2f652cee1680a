import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';
import { Celebration } from '../celebration.entity.js';
import { LiveFeed } from './live-feed.js';

const PENDING = 'laurels.celebrationsToPublish';

/**
 * Publishes celebrations only once the transaction that wrote them has
 * committed: a subscriber never sees an achievement that was rolled back.
 * Celebrations wait on the transaction's query runner until then.
 */
@Injectable()
export class CelebrationPublisher implements EntitySubscriberInterface {
  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly live: LiveFeed,
  ) {
    dataSource.subscribers.push(this);
  }

  /**
   * Called for each celebration written through `manager`. What subscribers get is its card: a
   * moment that joined a group updates the group's card (its lead, read again), once per transaction.
   */
  async written(manager: EntityManager, celebration: Celebration): Promise<void> {
    const card = celebration.leadId ? await manager.findOneByOrFail(Celebration, { id: celebration.leadId }) : celebration;
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) return this.live.publish([card]);
    const cards = pending(runner);
    if (!cards.some((waiting) => waiting.id === card.id)) cards.push(card);
  }

  async afterTransactionCommit({ queryRunner }: TransactionCommitEvent): Promise<void> {
    // A savepoint released inside the transaction commits nothing yet.
    if (queryRunner.isTransactionActive) return;
    const celebrations = pending(queryRunner).splice(0);
    await this.live.publish(celebrations);
  }

  afterTransactionRollback({ queryRunner }: TransactionRollbackEvent): void {
    // Conservative on a rolled-back savepoint too: not knowing which celebrations it held, none is published.
    pending(queryRunner).splice(0);
  }
}

function pending(runner: QueryRunner): Celebration[] {
  const data = runner.data as Record<string, Celebration[] | undefined>;
  return (data[PENDING] ??= []);
}
