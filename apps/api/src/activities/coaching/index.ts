export { CoachingSession, CoachingSessionFeedback } from './coaching-session.entity.js';
export { CoachingModule } from './coaching.module.js';
export { CoachingService } from './coaching.service.js';
