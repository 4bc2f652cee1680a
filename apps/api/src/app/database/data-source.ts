import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';
import { SnakeNamingStrategy } from '#platform/database';

/** How long the API waits on PostgreSQL: a stalled database fails requests, and /health, instead of hanging them. */
export interface DatabaseTimeouts {
  /** PostgreSQL cancels a statement running longer (0: never). */
  readonly statementMs: number;
  /** Connecting, or waiting for a free connection of the pool. */
  readonly connectMs: number;
}

/** The API's DataSource; command-line tools and tests that open their own pass no timeouts. */
export function dataSourceOptions(url: string, timeouts?: DatabaseTimeouts): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    // Run by migrate() under a lock at start-up, not by initialize(): instances may start together.
    migrationsRun: false,
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    // node-postgres's pool: statement_timeout is sent when each connection opens (0 sends none).
    extra: { max: 10, ...(timeouts && { statement_timeout: timeouts.statementMs, connectionTimeoutMillis: timeouts.connectMs }) },
  };
}
