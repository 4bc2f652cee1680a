import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { API_LAYERS } from './tools/layers.mjs';

/** Imports that would tie the pure rules of libs/domain to a framework or to I/O. */
const FRAMEWORK_AND_IO = [
  '@nestjs/*',
  'typeorm',
  'pg',
  'react',
  'react-dom',
  '@apollo/*',
  'graphql',
  'express',
  'node:*',
  'fs',
  'fs/*',
  'path',
  'http',
  'https',
  'net',
  'child_process',
  'crypto',
  'os',
];

/**
 * The API's layers (apps/api/src/<layer>/<capability>/), bottom first, as tools/boundaries.mjs reads them:
 * a file imports its own capability by relative path (never climbing out of it) and other capabilities
 * only through their public entry, `#<layer>/<capability>`, of its own layer or a lower one.
 */
function apiLayerRules() {
  const capabilityLayers = API_LAYERS.filter((layer) => layer !== 'app');
  const climbOut = (depth) => ({
    group: ['../'.repeat(depth) + '*'],
    message: 'Another capability is reached through its public entry, #<layer>/<capability>, not by a relative path.',
  });
  const above = (layer) => {
    const higher = API_LAYERS.slice(API_LAYERS.indexOf(layer) + 1);
    return {
      // gitignore-style patterns: a leading # would start a comment.
      group: higher.map((name) => (name === 'app' ? '\\#app' : `\\#${name}/*`)),
      message: `${layer} may import ${API_LAYERS.slice(0, API_LAYERS.indexOf(layer) + 1).join(', ')}: move the code down a layer, or the import up.`,
    };
  };
  const blocks = [];
  for (const layer of capabilityLayers) {
    // A capability's own files sit at its root or one folder down (dto/, live/).
    for (const depth of [1, 2]) {
      blocks.push({
        files: [`apps/api/src/${layer}/*/${'*/'.repeat(depth - 1)}*.ts`],
        rules: { 'no-restricted-imports': ['error', { patterns: [climbOut(depth), above(layer)] }] },
      });
    }
  }
  for (const depth of [1, 2, 3]) {
    blocks.push({ files: [`apps/api/src/app/${'*/'.repeat(depth - 1)}*.ts`], rules: { 'no-restricted-imports': ['error', { patterns: [climbOut(depth)] }] } });
  }
  return blocks;
}

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/.nx/**', 'apps/portal/src/gql/**', '**/test-results/**', '**/playwright-report/**', '.data/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...nx.configs['flat/base'],
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          // The API's capabilities import each other through their public entries (apps/api/package.json imports).
          allow: ['#*'],
          depConstraints: [
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: [] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['../../../*'], message: 'Import through a shorter path or the library alias.' }] }],
    },
  },
  ...apiLayerRules(),
  {
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: FRAMEWORK_AND_IO, message: 'libs/domain holds pure rules: no framework and no I/O.' }] },
      ],
    },
  },
  {
    files: ['apps/portal/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['**/jest.config.js', '**/vite.config.ts', '**/vitest.config.ts', '**/playwright.config.ts', '**/codegen.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    files: ['**/*.spec.ts', '**/*.spec.tsx', '**/*.int-spec.ts', 'apps/*/test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
