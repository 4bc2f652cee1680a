export { MentoringModule } from './mentoring.module.js';
export { Mentorship } from './mentorship.entity.js';
export { MentorshipSession } from './mentorship-session.entity.js';
export { MentorshipsService } from './mentorships.service.js';
