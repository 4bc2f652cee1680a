import { DataSource } from 'typeorm';
import type { TestApi } from './test-app.js';

/**
 * How many SQL statements the API sends while `work` runs: a list read
 * through DataLoaders costs the same, however long the list.
 */
export async function queriesDuring(api: TestApi, work: () => Promise<unknown>): Promise<number> {
  const logger = api.app.get(DataSource).logger;
  const logQuery = logger.logQuery.bind(logger);
  let count = 0;
  logger.logQuery = (...args) => {
    count++;
    return logQuery(...args);
  };
  try {
    await work();
  } finally {
    logger.logQuery = logQuery;
  }
  return count;
}
