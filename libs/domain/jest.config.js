import { jestConfig } from '../../jest.preset.js';

export default jestConfig({ displayName: 'domain', rootDir: import.meta.dirname, testMatch: ['<rootDir>/src/**/*.spec.ts'] });
