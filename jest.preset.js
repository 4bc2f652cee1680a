// Shared Jest setup: TypeScript through SWC, native ES modules (NestJS 12 is ESM-only),
// and workspace libraries resolved to their TypeScript sources.
export function jestConfig(overrides = {}) {
  return {
    testEnvironment: 'node',
    extensionsToTreatAsEsm: ['.ts'],
    moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
    testEnvironmentOptions: { customExportConditions: ['@laurels/source', 'node', 'node-addons'] },
    transform: {
      '^.+\\.ts$': [
        '@swc/jest',
        {
          jsc: {
            parser: { syntax: 'typescript', decorators: true },
            transform: { legacyDecorator: true, decoratorMetadata: true },
            target: 'es2023',
          },
          module: { type: 'es6' },
          sourceMaps: 'inline',
        },
      ],
    },
    ...overrides,
  };
}
