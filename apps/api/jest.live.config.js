import api from './jest.config.js';

// Two real API processes sharing one PostgreSQL and one Redis (test/*.live-spec.ts), on the same
// throwaway cluster as the integration tests: run by `nx run api:test-live`, after `api:build`,
// since the processes run apps/api/dist/main.js.
export default {
  ...api,
  displayName: 'api-live',
  testMatch: ['<rootDir>/test/**/*.live-spec.ts'],
};
