import { DataSource } from 'typeorm';
import type { TestApi } from './test-app.js';

/** One SQL statement the API sent, with its parameters. */
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

/** A node of PostgreSQL's JSON plan, as EXPLAIN (ANALYZE, FORMAT JSON) writes it. */
export interface PlanNode {
  readonly 'Node Type': string;
  readonly 'Index Name'?: string;
  readonly 'Relation Name'?: string;
  readonly 'Actual Rows'?: number;
  readonly 'Actual Loops'?: number;
  readonly 'Rows Removed by Filter'?: number;
  readonly 'Rows Removed by Index Recheck'?: number;
  readonly Plans?: PlanNode[];
}

/** The plan PostgreSQL ran the statement with, run for real (EXPLAIN ANALYZE). */
export async function planOf(api: TestApi, statement: Statement): Promise<PlanNode> {
  const [row] = await api.sql<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${statement.query}`, statement.parameters);
  return row!['QUERY PLAN'][0].Plan;
}

export function planNodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(planNodes)];
}

/**
 * The rows a plan read from tables and indexes: every scan's rows, those it
 * returned and those it threw away, over all its loops. A bitmap index scan
 * only marks the rows its heap scan then reads, which count once.
 */
export function rowsRead(plan: PlanNode): number {
  return planNodes(plan)
    .filter((node) => node['Node Type'].endsWith('Scan') && node['Node Type'] !== 'Bitmap Index Scan' && (node['Relation Name'] !== undefined || node['Index Name'] !== undefined))
    .reduce((sum, node) => {
      const perLoop = (node['Actual Rows'] ?? 0) + (node['Rows Removed by Filter'] ?? 0) + (node['Rows Removed by Index Recheck'] ?? 0);
      return sum + Math.round(perLoop * (node['Actual Loops'] ?? 1));
    }, 0);
}

/** What a piece of work costs the database: how many statements, and how many rows they read together. */
export async function databaseWork(api: TestApi, work: () => Promise<unknown>): Promise<{ statements: number; rowsRead: number }> {
  const statements = await statementsDuring(api, work);
  let rows = 0;
  for (const statement of statements) rows += rowsRead(await planOf(api, statement));
  return { statements: statements.length, rowsRead: rows };
}
