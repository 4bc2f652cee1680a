export { escapeLike } from './like-pattern.js';
export { SnakeNamingStrategy } from './snake-naming.strategy.js';
export { migrate, withStartupLock } from './startup-lock.js';
export { isUniqueViolation } from './unique-violation.js';
