import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaDrift } from '../src/database/schema-drift.js';
import { startTestApi, type TestApi } from './support/test-app.js';

const SCHEMA_FILE = join(import.meta.dirname, '..', 'schema.gql');

describe('the committed contracts', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  it('apps/api/schema.gql is the schema the code serves (npm run schema rewrites it)', () => {
    const served = `${printSchema(lexicographicSortSchema(api.app.get(GraphQLSchemaHost).schema))}\n`;
    if (process.env.UPDATE_SCHEMA) writeFileSync(SCHEMA_FILE, served);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(served);
  });

  it('the migrations build exactly the tables the entities describe (npx nx run api:migration -- Name adds one)', async () => {
    const drift = await schemaDrift(api.databaseUrl);
    expect(drift.up).toEqual([]);
  });
});
