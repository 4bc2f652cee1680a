import { readdirSync } from 'node:fs';
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
    blocks.push({
      files: [`apps/api/src/app/${'*/'.repeat(depth - 1)}*.ts`],
      rules: { 'no-restricted-imports': ['error', { patterns: [climbOut(depth)] }] },
    });
  }
  return blocks;
}

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/.nx/**',
      'apps/portal/src/gql/**',
      '**/test-results/**',
      '**/playwright-report/**',
      '.data/**',
    ],
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
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../../../*'], message: 'Import through a shorter path or the library alias.' }] },
      ],
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
  ...portalLayers(),
  {
    // Scripts node runs directly (tools/): its globals.
    files: ['tools/**/*.mjs'],
    languageOptions: {
      globals: Object.fromEntries(
        ['process', 'console', 'fetch', 'AbortSignal', 'performance', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'].map(
          (name) => [name, 'readonly'],
        ),
      ),
    },
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

/**
 * The portal's layers, one way down: app/ (router, shell, providers) → features/<feature>/ → shared/ → ui/.
 * `@/` is apps/portal/src; gql/ is generated and serves the features and shared/. One block per folder for its
 * own files and one for the files below them: a relative import never leaves its feature or layer.
 */
function portalLayers() {
  const src = 'apps/portal/src';
  const features = readdirSync(new URL(`./${src}/features`, import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const importOf = (folders, message) => ({ regex: `^@/(${folders.join('|')})(/|$)`, message });
  const restrict = (files, patterns) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } });
  const climbing = (path, regex) => ({
    regex,
    message: `Reach outside ${path}/ through '@/…': a relative import stays in its feature or layer and climbs one level at most.`,
  });
  const fromTop = (path) => climbing(path, '^\\.\\.(/|$)');
  const fromBelow = (path) => climbing(path, '^\\.\\./\\.\\.(/|$)');
  // Every ui/ module imports its stylesheet, so the barrel would bring the whole design system into the first route.
  const uiBarrel = { regex: '^@/ui$', message: 'The shell loads with the first route: import ui/ components from their own files.' };
  const folder = (path, patterns) => [
    restrict([`${src}/${path}/*.{ts,tsx}`], [...patterns, fromTop(path)]),
    restrict([`${src}/${path}/*/**/*.{ts,tsx}`], [...patterns, fromBelow(path)]),
  ];
  return [
    ...folder('ui', [
      importOf(['app', 'features', 'shared', 'gql', 'test'], 'ui/ is the design system: it imports nothing from the layers above it.'),
      { group: ['@apollo/*'], message: 'ui/ fetches no data: a component that shows data takes it as props.' },
    ]),
    ...folder('shared', [importOf(['app', 'features'], 'shared/ serves the features and the shell: it imports neither.')]),
    ...folder('test', [importOf(['app', 'features'], 'Test helpers serve every layer: they import neither app/ nor a feature.')]),
    ...features.flatMap((feature) =>
      folder(`features/${feature}`, [
        importOf(['app'], 'A feature does not import app/: the router and the shell import the features.'),
        {
          regex: `^@/features/(?!${feature}/)`,
          message: 'A feature does not import another: move what two features share down to shared/.',
        },
      ]),
    ),
    ...folder('app', [importOf(['features'], 'Only the router (app/router.tsx) imports the features: it lists the pages.'), uiBarrel]),
    restrict(
      [`${src}/app/router.tsx`],
      [
        {
          regex: '^@/features/[^/]+/(?!routes/)',
          message: 'The router imports the pages of a feature (its routes/), nothing else from it.',
        },
        uiBarrel,
        fromTop('app'),
      ],
    ),
    // no-restricted-imports does not see import(): only the router loads the portal's own code lazily, and only pages.
    // (esquery's /regex/ cannot hold a slash, hence \x2F.)
    {
      files: [`${src}/**/*.{ts,tsx}`],
      ignores: [`${src}/app/router.tsx`],
      rules: {
        'no-restricted-syntax': [
          'error',
          {
            selector: 'ImportExpression[source.value=/^(@\\x2F|\\.)/]',
            message: "Import the portal's own code statically: only the router loads pages lazily.",
          },
        ],
      },
    },
    {
      files: [`${src}/app/router.tsx`],
      rules: {
        'no-restricted-syntax': [
          'error',
          {
            selector: 'ImportExpression[source.value=/^@\\x2Ffeatures\\x2F[^\\x2F]+\\x2F(?!routes\\x2F)/]',
            message: 'The router loads the pages of a feature (its routes/), nothing else from it.',
          },
        ],
      },
    },
  ];
}
