export { ExternalLearningClaim } from './external-learning-claim.entity.js';
export { LearningEvent, LearningEventAttendance, LearningEventHost, LearningEventRsvp } from './learning-event.entity.js';
export { LearningEventsModule } from './learning-events.module.js';
export { ExternalLearningService } from './external-learning.service.js';
export { LearningEventsService } from './learning-events.service.js';
