import MagicString from 'magic-string';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** A `graphql(`…`)` call as the portal writes them: one template literal, no interpolation. */
const GRAPHQL_CALL = /\bgraphql\(\s*`((?:[^`\\$]|\$(?!\{))*)`\s*\)/g;

/**
 * Replaces each `graphql(`…`)` call with the very document graphql-codegen
 * generated for it, inlined. The generated module holds every document, and a
 * module is never split between chunks: imported, it would put all of them in
 * the first page's JavaScript. Inlined, a page's chunk carries its own only.
 */
export function inlineGraphqlDocuments(artifactDirectory: string): Plugin {
  let byExport: Map<string, string>;
  let bySource: Map<string, string>;
  const load = () => {
    // gql.ts maps each source text to its export's name; graphql.ts exports each document as JSON.
    const map = readFileSync(join(artifactDirectory, 'gql.ts'), 'utf8');
    bySource = new Map(
      [...map.matchAll(/^ {4}("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm)].map(([, source, name]) => [JSON.parse(source!), name!]),
    );
    const documents = readFileSync(join(artifactDirectory, 'graphql.ts'), 'utf8');
    byExport = new Map(
      [...documents.matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode</gm)].map(([, name, json]) => [name!, json!]),
    );
  };
  return {
    name: 'laurels-inline-graphql-documents',
    enforce: 'pre',
    buildStart: load,
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(artifactDirectory) || !code.includes('graphql(`')) return null;
      const inlined = new MagicString(code);
      for (const call of code.matchAll(GRAPHQL_CALL)) {
        const document = byExport.get(bySource.get(call[1]!) ?? '');
        if (!document) throw new Error(`${id}: no generated document for ${call[0].slice(0, 60)}… (run npm run codegen)`);
        inlined.overwrite(call.index, call.index + call[0].length, `(${document})`);
      }
      return { code: inlined.toString(), map: inlined.generateMap({ hires: true, source: id }) };
    },
  };
}
