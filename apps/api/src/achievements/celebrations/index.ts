export { Celebration } from './celebration.entity.js';
export { CelebrationsModule } from './celebrations.module.js';
export { CelebrationsService, type CelebrationToWrite } from './celebrations.service.js';
export { CelebrationObject } from './dto/celebration.object.js';
export { LiveFeed, fromEvent, type CelebrationEvent } from './live/live-feed.js';
