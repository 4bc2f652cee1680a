import { DataSource } from 'typeorm';
import type { TestApi } from './test-app.js';

/** A statement the API sent, with its parameters. */
export interface Statement {
  readonly query: string;
  readonly parameters: unknown[];
}

/** The SQL statements the API sends while `work` runs, in order. */
export async function statementsDuring(api: TestApi, work: () => Promise<unknown>): Promise<Statement[]> {
  const logger = api.app.get(DataSource).logger;
  const logQuery = logger.logQuery.bind(logger);
  const statements: Statement[] = [];
  logger.logQuery = (query, parameters, ...rest) => {
    statements.push({ query, parameters: Array.isArray(parameters) ? parameters : [] });
    return logQuery(query, parameters, ...rest);
  };
  try {
    await work();
  } finally {
    logger.logQuery = logQuery;
  }
  return statements;
}

/**
 * How many SQL statements the API sends while `work` runs: a list read
 * through DataLoaders costs the same, however long the list.
 */
export async function queriesDuring(api: TestApi, work: () => Promise<unknown>): Promise<number> {
  return (await statementsDuring(api, work)).length;
}

interface PlanNode {
  readonly 'Node Type': string;
  readonly 'Actual Rows': number;
  readonly 'Actual Loops': number;
  readonly 'Rows Removed by Filter'?: number;
  readonly 'Rows Removed by Index Recheck'?: number;
  readonly Plans?: PlanNode[];
}

/**
 * Rows a plan's scans read: those they passed on and those their filters threw
 * away, over every loop (EXPLAIN reports per-loop averages). A bitmap's rows
 * are counted once, where its heap scan reads them.
 */
function scanned(node: PlanNode): number {
  const own = node['Node Type'].endsWith('Scan') && node['Node Type'] !== 'Bitmap Index Scan'
    ? Math.round((node['Actual Rows'] + (node['Rows Removed by Filter'] ?? 0) + (node['Rows Removed by Index Recheck'] ?? 0)) * node['Actual Loops'])
    : 0;
  return own + (node.Plans ?? []).reduce((sum, child) => sum + scanned(child), 0);
}

/**
 * How many rows PostgreSQL examines to answer these read statements: each is
 * run again under EXPLAIN ANALYZE and the rows its scans read are added up.
 */
export async function rowsExamined(api: TestApi, statements: readonly Statement[]): Promise<number> {
  let total = 0;
  for (const statement of statements) {
    if (!/^\s*(SELECT|WITH)\b/i.test(statement.query)) continue;
    const [row] = await api.sql<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${statement.query}`, statement.parameters);
    total += scanned(row!['QUERY PLAN'][0].Plan);
  }
  return total;
}
