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
import type { Celebration } from '../celebration.entity.js';
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

  /** Called for each celebration written through `manager`. */
  async written(manager: EntityManager, celebration: Celebration): Promise<void> {
    const runner = manager.queryRunner;
    if (runner?.isTransactionActive) pending(runner).push(celebration);
    else await this.live.publish([celebration]);
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
