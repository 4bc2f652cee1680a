import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startEmbeddedPostgres } from '#platform/embedded-postgres';
import { schemaDrift } from '../database/schema-drift.js';

/**
 * Writes a migration for whatever the entities changed, computed against a
 * throwaway PostgreSQL with every committed migration applied, and registers
 * it in migrations/index.ts. Usage: npx nx run api:migration -- AddBadges
 */
const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) {
  console.error('Name the migration in PascalCase, e.g. `npx nx run api:migration -- AddBadges`');
  process.exit(1);
}

const source = resolve('apps/api/src/app/database/migrations');
const scratch = mkdtempSync(join(tmpdir(), 'laurels-migration-'));
// As root, PostgreSQL runs as another user, which must be able to walk into the folder.
chmodSync(scratch, 0o755);
const database = await startEmbeddedPostgres({ dataDir: join(scratch, 'pg'), database: 'laurels', fast: true, persistent: false });
let code = 0;
try {
  const drift = await schemaDrift(database.url);
  if (drift.up.length === 0) {
    console.log('Entities and migrations agree: nothing to generate.');
  } else {
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const file = `${timestamp}-${name}`;
    const literal = (query: string) => (/[`\\]|\$\{/.test(query) ? JSON.stringify(query) : `\`${query}\``);
    const lines = (queries: string[]) => queries.map((query) => `    await queryRunner.query(${literal(query)});`).join('\n');
    writeFileSync(
      join(source, `${file}.ts`),
      `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(drift.up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(drift.down)}
  }
}
`,
    );
    const index = join(source, 'index.ts');
    const current = readFileSync(index, 'utf8');
    const entries = [...current.matchAll(/import \{ (\w+) \} from '(\.\/[^']+)';/g)].map((match) => ({ name: match[1]!, path: match[2]! }));
    entries.push({ name: className, path: `./${file}.js` });
    writeFileSync(
      index,
      `${entries.map((entry) => `import { ${entry.name} } from '${entry.path}';`).join('\n')}

/** Every migration, oldest first. Generated entries: keep the order. */
export const MIGRATIONS = [${entries.map((entry) => entry.name).join(', ')}];
`,
    );
    console.log(`Wrote ${join(source, `${file}.ts`)}: read the SQL before committing it.`);
  }
} catch (error) {
  console.error(error);
  code = 1;
} finally {
  await database.stop();
  rmSync(scratch, { recursive: true, force: true });
}
// embedded-postgres's exit hook would otherwise replace the exit code.
process.exit(code);
