import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  lexicographicSortSchema,
  printSchema,
  specifiedRules,
  typeFromAST,
  validate,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { queryLimitRules } from '../src/app/graphql-options.js';
import { listSizeOf } from '../src/platform/graphql/list-size.js';
import { costRefusal } from '../src/platform/graphql/query-cost.js';
import { schemaDrift } from '../src/app/database/schema-drift.js';
import { portalOperations } from './support/portal-operations.js';
import { startTestApi, type TestApi } from './support/test-app.js';

const SCHEMA_FILE = join(import.meta.dirname, '..', 'schema.gql');

/** A value of the type a variable is declared with, as the portal might send: the cost of an operation depends on it only through page sizes. */
function sampleValue(schema: GraphQLSchema, type: GraphQLInputType): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [sampleValue(schema, nullable.ofType)];
  if (isEnumType(nullable)) return nullable.getValues()[0]!.value;
  if (isInputObjectType(nullable)) {
    const required = Object.values(nullable.getFields()).filter((field) => isNonNullType(field.type) && field.defaultValue === undefined);
    return Object.fromEntries(required.map((field) => [field.name, sampleValue(schema, field.type)]));
  }
  const samples: Record<string, unknown> = {
    ID: '00000000-0000-4000-8000-000000000000',
    String: 'x',
    Int: 1,
    Float: 1,
    Boolean: true,
    DateTime: '2026-01-01T00:00:00Z',
  };
  return samples[nullable.name];
}

function sampleVariables(schema: GraphQLSchema, document: DocumentNode): Record<string, unknown> {
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition',
  )!;
  return Object.fromEntries(
    (operation.variableDefinitions ?? [])
      .filter((definition) => !definition.defaultValue)
      .map((definition) => [
        definition.variable.name.value,
        sampleValue(schema, typeFromAST(schema, definition.type as never) as GraphQLInputType),
      ]),
  );
}

describe('the committed contracts', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  it('apps/api/schema.gql is the schema the code serves (npm run schema rewrites it)', () => {
    const served = `${printSchema(lexicographicSortSchema(api.app.get(GraphQLSchemaHost).schema))}\n`;
    if (process.env.UPDATE_SCHEMA) writeFileSync(SCHEMA_FILE, served);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(served);
  });

  it('every operation the portal sends passes the API’s validation and query limits (depth, cost, aliases)', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const operations = portalOperations();
    expect(operations.size).toBeGreaterThan(40);
    const refused = [...operations].flatMap(([name, document]) => {
      try {
        const invalid = validate(schema, document, [...specifiedRules, ...queryLimitRules]).map((error) => `${name}: ${error.message}`);
        const tooCostly = costRefusal(schema, document, sampleVariables(schema, document));
        return tooCostly ? [...invalid, `${name}: ${tooCostly.message}`] : invalid;
      } catch (error) {
        // graphql-armor throws the first limit it finds.
        return [`${name}: ${(error as Error).message}`];
      }
    });
    expect(refused).toEqual([]);
  });

  it('every list field is paged by an argument with a maximum, or declares the bound its data keeps', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const problems: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const name = `${type.name}.${field.name}`;
        const size = listSizeOf(field);
        const list = isListType(getNullableType(field.type));
        if (field.args.some((arg) => arg.name === 'first') && !(size && 'argument' in size && size.argument === 'first'))
          problems.push(`${name} takes first but is not paged by it`);
        if (!size) {
          if (list) problems.push(`${name} declares no size`);
          continue;
        }
        if ('connectionNodes' in size) {
          if (!list || !type.name.endsWith('Connection')) problems.push(`${name} is not the nodes of a connection`);
          continue;
        }
        if (!list && !getNamedType(field.type).name.endsWith('Connection')) problems.push(`${name} is neither a list nor a connection`);
        if (size.argument !== undefined && !field.args.some((arg) => arg.name === size.argument))
          problems.push(`${name} has no argument ${size.argument}`);
        if (!(Number.isInteger(size.max) && size.max >= 1)) problems.push(`${name} declares no maximum`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the migrations build exactly the tables the entities describe (npx nx run api:migration -- Name adds one)', async () => {
    const drift = await schemaDrift(api.databaseUrl);
    expect(drift.up).toEqual([]);
  });
});
