export { ConfigError, loadConfig, type Workers } from './app-config.js';
export { openRuntime } from './runtime.js';
export { Settings } from './settings.js';
