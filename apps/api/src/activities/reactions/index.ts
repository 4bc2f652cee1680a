export { CelebrationComment } from './celebration-comment.entity.js';
export { CelebrationReaction } from './celebration-reaction.entity.js';
export { ReactionsModule } from './reactions.module.js';
export { ReactionsService } from './reactions.service.js';
