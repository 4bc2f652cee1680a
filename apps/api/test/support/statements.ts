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

/**
 * How many SQL statements the API sends while `work` runs: a list read
 * through DataLoaders costs the same, however long the list.
 */
export async function queriesDuring(api: TestApi, work: () => Promise<unknown>): Promise<number> {
  return (await statementsDuring(api, work)).length;
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

/** Where a statement is run again to read its plan: the test's API, or a connection of its own. */
export type Planner = Pick<TestApi, 'sql'>;

/** The plan PostgreSQL ran the statement with, run for real (EXPLAIN ANALYZE). */
export async function planOf(api: Planner, statement: Statement): Promise<PlanNode> {
  const [row] = await api.sql<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
    `EXPLAIN (ANALYZE, FORMAT JSON) ${statement.query}`,
    statement.parameters,
  );
  return row!['QUERY PLAN'][0].Plan;
}

export function planNodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(planNodes)];
}

/** A scan that reads rows; a bitmap index scan only marks the rows its heap scan then reads, which count once. */
const isScan = (node: PlanNode) => node['Node Type'].endsWith('Scan') && node['Node Type'] !== 'Bitmap Index Scan';

/** The rows these scans handled, those they returned and those they threw away, over all their loops. */
function rowsScanned(scans: PlanNode[]): number {
  return scans.reduce((sum, node) => {
    const perLoop = (node['Actual Rows'] ?? 0) + (node['Rows Removed by Filter'] ?? 0) + (node['Rows Removed by Index Recheck'] ?? 0);
    return sum + Math.round(perLoop * (node['Actual Loops'] ?? 1));
  }, 0);
}

/** The rows a plan read from tables and indexes. */
export function rowsRead(plan: PlanNode): number {
  return rowsScanned(
    planNodes(plan).filter((node) => isScan(node) && (node['Relation Name'] !== undefined || node['Index Name'] !== undefined)),
  );
}

/**
 * How many rows PostgreSQL examines to answer these read statements: each is
 * run again under EXPLAIN ANALYZE and the rows of all its scans are added up,
 * those of CTEs, subqueries and functions as well as tables and indexes.
 */
export async function rowsExamined(api: Planner, statements: readonly Statement[]): Promise<number> {
  let total = 0;
  for (const statement of statements) {
    if (/^\s*(SELECT|WITH)\b/i.test(statement.query)) total += rowsScanned(planNodes(await planOf(api, statement)).filter(isScan));
  }
  return total;
}

/** What a piece of work costs the database: how many statements, and how many rows they read together. */
export async function databaseWork(api: TestApi, work: () => Promise<unknown>): Promise<{ statements: number; rowsRead: number }> {
  const statements = await statementsDuring(api, work);
  let rows = 0;
  for (const statement of statements) rows += rowsRead(await planOf(api, statement));
  return { statements: statements.length, rowsRead: rows };
}
