import { jestConfig } from '../../jest.preset.js';

const preset = jestConfig();

export default jestConfig({
  displayName: 'api',
  rootDir: import.meta.dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 30_000,
  // Each spec starts its own API (Nest, Apollo, pg-boss): one long-lived process grew past 4 GB and slowed
  // every later spec fourfold. A worker that passes this after a spec is replaced by a fresh one.
  workerIdleMemoryLimit: '1.5GB',
  // Two specs at once, each on its own database: much of a spec is waiting (PostgreSQL, retries with back-off,
  // mail and webhook servers), so the suite takes 6 minutes here instead of 13 in one worker.
  maxWorkers: 2,
  // tools/scale imports the built API (apps/api/dist); a spec that reuses its steps gets the sources, the very modules its API runs.
  moduleNameMapper: { '^(?:\\.\\./)+apps/api/dist/(.*)\\.js$': '<rootDir>/src/$1', ...preset.moduleNameMapper },
});
