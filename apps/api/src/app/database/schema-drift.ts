import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source.js';
import { migrate } from '#platform/database';

export interface SchemaDrift {
  readonly up: string[];
  readonly down: string[];
}

/**
 * What the database would need, after every committed migration has run, to
 * match the entities. Empty when migrations and entities agree.
 */
export async function schemaDrift(databaseUrl: string): Promise<SchemaDrift> {
  const dataSource = new DataSource(dataSourceOptions(databaseUrl));
  await dataSource.initialize();
  try {
    await migrate(dataSource);
    const log = await dataSource.driver.createSchemaBuilder().log();
    return {
      up: log.upQueries.map((query) => query.query),
      down: log.downQueries.map((query) => query.query).reverse(),
    };
  } finally {
    await dataSource.destroy();
  }
}
