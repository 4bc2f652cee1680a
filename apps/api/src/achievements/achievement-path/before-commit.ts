import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
  TransactionStartEvent,
} from 'typeorm';
import { SharedTotals } from '#achievements/points';
import { forgetLocks, lockTeams } from '#directory/organizations';
import { MilestoneEvaluator } from './milestone-evaluator.js';

/** A team whose milestones a fact of this transaction may reach, and the moments of those facts. */
type TeamsToEvaluate = Map<string, Date[]>;

const PENDING = 'laurels.teamsToEvaluate';

/**
 * What the achievement path does last, just before a transaction commits: the
 * work many transactions share, so that the rows it locks stay locked for the
 * commit alone. The teams it touches are locked first, in id order (their
 * milestones are measured then: nothing the transaction wrote can be missed
 * by another's measure, none counted twice), then their totals and the earner
 * counts are moved (SharedTotals). A savepoint (none is used today) is
 * honoured: what is pending is done before one starts, and what a rolled-back
 * one added is dropped.
 */
@Injectable()
export class BeforeCommit implements EntitySubscriberInterface {
  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly milestones: MilestoneEvaluator,
    private readonly shared: SharedTotals,
  ) {
    dataSource.subscribers.push(this);
  }

  /** Has the team's milestones evaluated before the transaction commits, counting a fact made at `factAt`. */
  evaluateTeam(manager: EntityManager, teamId: string, factAt: Date): void {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) throw new Error('facts are recorded inside a transaction');
    const teams = pending(runner);
    teams.set(teamId, [...(teams.get(teamId) ?? []), factAt]);
  }

  async beforeTransactionStart({ queryRunner }: TransactionStartEvent): Promise<void> {
    await this.finish(queryRunner);
  }

  async beforeTransactionCommit({ queryRunner }: TransactionCommitEvent): Promise<void> {
    await this.finish(queryRunner);
  }

  afterTransactionCommit({ queryRunner }: TransactionCommitEvent): void {
    forgetLocks(queryRunner);
  }

  afterTransactionRollback({ queryRunner }: TransactionRollbackEvent): void {
    pending(queryRunner).clear();
    this.shared.discard(queryRunner);
    forgetLocks(queryRunner);
  }

  private async finish(runner: QueryRunner): Promise<void> {
    const teams = new Map(pending(runner));
    pending(runner).clear();
    const credited = this.shared.pendingTeams(runner);
    if (teams.size === 0 && !credited) return;
    await lockTeams(runner.manager, [...teams.keys(), ...(credited ?? [])]);
    for (const teamId of [...teams.keys()].sort()) await this.milestones.evaluate(runner.manager, teamId, teams.get(teamId)!);
    await this.shared.flush(runner);
  }
}

function pending(runner: QueryRunner): TeamsToEvaluate {
  const data = runner.data as Record<string, TeamsToEvaluate | undefined>;
  return (data[PENDING] ??= new Map());
}
