import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { Settings } from '#platform/config';

/** PostgreSQL schema of the job tables, apart from the application's own (pg-boss creates and migrates it). */
export const JOBS_SCHEMA = 'jobs';

/** How often an idle worker asks for work. */
const POLL_SECONDS = 1;

/** PostgreSQL's SQLSTATE for a transaction chosen as a deadlock's victim, and how often a queue declaration is tried. */
const DEADLOCK_DETECTED = '40P01';
const MAX_DECLARE_ATTEMPTS = 5;

export interface JobOptions {
  /**
   * While a job of this queue with the same key waits or runs, sending another is a no-op (send returns
   * null): one job per notification, per organisation and week.
   */
  readonly key?: string;
  /** Not before then. */
  readonly startAfter?: Date;
  /** Sends the job inside this transaction: it exists only if the transaction commits. */
  readonly manager?: EntityManager;
}

export interface WorkerOptions {
  /** Further attempts after a failure (default 5), waiting retryDelaySeconds, doubled each time (back-off). */
  readonly retryLimit?: number;
  readonly retryDelaySeconds?: number;
  /** How long one attempt may run before it counts as failed and is retried (default 15 minutes). */
  readonly expireInSeconds?: number;
}

export type JobHandler<T> = (data: T) => Promise<void>;

/**
 * Work kept in PostgreSQL (pg-boss, schema `jobs`): queued jobs survive restarts, each runs on one
 * instance at a time however many run, a failure is retried with back-off, and a cron schedule fires
 * once per tick across instances. Every instance can send; only those with WORKERS=jobs or both work
 * and keep the schedules.
 */
@Injectable()
export class Jobs implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(Jobs.name);
  private readonly boss: PgBoss;
  private readonly working: boolean;

  constructor(settings: Settings) {
    this.working = settings.workers !== 'api';
    this.boss = new PgBoss({
      connectionString: settings.databaseUrl,
      schema: JOBS_SCHEMA,
      application_name: 'laurels-jobs',
      max: 4,
      // Only working instances keep time (cron) and maintain the tables (expiry, archive).
      schedule: this.working,
      supervise: this.working,
    });
    this.boss.on('error', (error) => this.logger.error(`Jobs: ${error.message}`));
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
  }

  /**
   * Declares the queue `name` and, on a working instance, runs `handler` for each of its jobs. A handler
   * that throws fails the attempt: it is retried after the delay, doubling, until retryLimit. Call it from
   * a module's onModuleInit.
   */
  async work<T extends object>(name: string, handler: JobHandler<T>, options: WorkerOptions = {}): Promise<void> {
    await this.declare(name, {
      name,
      // One waiting and one running job per key at most.
      policy: 'stately',
      retryLimit: options.retryLimit ?? 5,
      retryDelay: options.retryDelaySeconds ?? 30,
      retryBackoff: true,
      expireInSeconds: options.expireInSeconds ?? 15 * 60,
    });
    if (!this.working) return;
    await this.boss.work<T>(name, { pollingIntervalSeconds: POLL_SECONDS, batchSize: 1 }, async ([job]) => {
      await handler(job!.data);
    });
  }

  /**
   * Creates the queue unless it exists. Each queue is a partition attached to pg-boss's job table, so
   * instances starting together on a new database can deadlock declaring different queues; PostgreSQL
   * rolls one back, and declaring again finds the other's work done or does its own.
   */
  private async declare(name: string, queue: PgBoss.Queue): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.boss.createQueue(name, queue);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== DEADLOCK_DETECTED || attempt === MAX_DECLARE_ATTEMPTS) throw error;
      }
    }
  }

  /**
   * Sends a job to `name` (declared with work) every time `cron` ticks (five fields, in `timeZone`,
   * UTC by default), once per tick whatever the number of instances. Scheduling again replaces it.
   */
  async schedule(name: string, cron: string, data: object = {}, timeZone = 'UTC'): Promise<void> {
    await this.boss.schedule(name, cron, data, { tz: timeZone });
  }

  /**
   * Queues a job on a queue declared with work (on any instance); returns its id, or null when one with
   * the same key already waits or runs.
   */
  async send<T extends object>(name: string, data: T, options: JobOptions = {}): Promise<string | null> {
    const { key, startAfter, manager } = options;
    const db = manager && inTransaction(manager);
    return this.boss.send(name, data, {
      // The queues are 'stately', one job per key: a job sent without a key is a key of its own.
      singletonKey: key ?? randomUUID(),
      ...(startAfter ? { startAfter } : {}),
      ...(db ? { db } : {}),
    });
  }

  /** Queues many jobs in one statement (a day's reminders, a newsletter's mails); those whose key waits already are left out. */
  async sendMany<T extends object>(
    name: string,
    jobs: readonly { data: T; key?: string }[],
    options: Pick<JobOptions, 'manager'> = {},
  ): Promise<void> {
    if (jobs.length === 0) return;
    const db = options.manager && inTransaction(options.manager);
    await this.boss.insert(
      jobs.map(({ data, key }) => ({ name, data, singletonKey: key ?? randomUUID() })),
      db ? { db } : {},
    );
  }

  async onApplicationShutdown(): Promise<void> {
    // Lets running jobs finish (up to 20 s); those cut short are retried by the next instance.
    await this.boss.stop({ graceful: true, wait: true, timeout: 20_000 });
  }
}

/** pg-boss's statements run on the transaction's connection. */
function inTransaction(manager: EntityManager): PgBoss.Db | undefined {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) return undefined;
  return {
    async executeSql(text: string, values: unknown[]) {
      const result = await runner.query(text, values, true);
      return { rows: result.records ?? [] };
    },
  };
}
