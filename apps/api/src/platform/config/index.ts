export { ConfigError, loadConfig } from './app-config.js';
export { openRuntime } from './runtime.js';
export { Settings } from './settings.js';
