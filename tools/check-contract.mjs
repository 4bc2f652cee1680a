#!/usr/bin/env node
// Compares the API's generated schema with a GraphQL contract file.
// Fails on anything the two share in a different shape (a field's type, an
// argument's type, nullability); lists what the contract has that the schema
// does not have yet.
//   node tools/check-contract.mjs path/to/contract.graphql [apps/api/schema.gql]
import { readFileSync } from 'node:fs';
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';

const [contractPath, schemaPath = 'apps/api/schema.gql'] = process.argv.slice(2);
if (!contractPath) {
  console.error('usage: node tools/check-contract.mjs CONTRACT.graphql [SCHEMA.gql]');
  process.exit(2);
}

const contract = buildSchema(readFileSync(contractPath, 'utf8'));
const schema = buildSchema(readFileSync(schemaPath, 'utf8'));
const missing = [];
const different = [];

for (const [name, wanted] of Object.entries(contract.getTypeMap())) {
  if (name.startsWith('__')) continue;
  const actual = schema.getType(name);
  if (!actual) {
    missing.push(name);
    continue;
  }
  if (wanted.constructor !== actual.constructor) {
    different.push(`${name}: contract ${wanted.constructor.name}, schema ${actual.constructor.name}`);
    continue;
  }
  if (isEnumType(wanted)) {
    for (const value of wanted.getValues()) if (!actual.getValue(value.name)) missing.push(`${name}.${value.name}`);
    continue;
  }
  if (!(isObjectType(wanted) || isInputObjectType(wanted) || isInterfaceType(wanted))) continue;
  const actualFields = actual.getFields();
  for (const [fieldName, field] of Object.entries(wanted.getFields())) {
    const have = actualFields[fieldName];
    if (!have) {
      missing.push(`${name}.${fieldName}`);
      continue;
    }
    if (String(have.type) !== String(field.type)) different.push(`${name}.${fieldName}: contract ${field.type}, schema ${have.type}`);
    for (const arg of field.args ?? []) {
      const haveArg = (have.args ?? []).find((candidate) => candidate.name === arg.name);
      if (!haveArg) missing.push(`${name}.${fieldName}(${arg.name})`);
      else if (String(haveArg.type) !== String(arg.type))
        different.push(`${name}.${fieldName}(${arg.name}): contract ${arg.type}, schema ${haveArg.type}`);
    }
  }
}

console.log(`contract ${contractPath}: ${different.length} different, ${missing.length} still missing`);
for (const line of different) console.log(`  different  ${line}`);
for (const line of missing) console.log(`  missing    ${line}`);
process.exit(different.length > 0 ? 1 : 0);
