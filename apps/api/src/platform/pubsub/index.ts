export { Broadcasts } from './broadcasts.js';
export { PubSubModule } from './pubsub.module.js';
