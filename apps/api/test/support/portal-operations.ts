import type { DocumentNode } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The portal's operations, as graphql-codegen compiled them. */
const PORTAL_DOCUMENTS = join(import.meta.dirname, '..', '..', '..', 'portal', 'src', 'gql', 'graphql.ts');

/** Every operation the portal sends, by name, exactly as it sends it. */
export function portalOperations(): Map<string, DocumentNode> {
  const source = readFileSync(PORTAL_DOCUMENTS, 'utf8');
  const operations = new Map<string, DocumentNode>();
  for (const [, name, json] of source.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode</gm)) {
    const document = JSON.parse(json!) as DocumentNode;
    if (document.definitions.some((definition) => definition.kind === 'OperationDefinition')) operations.set(name!, document);
  }
  return operations;
}
