export { CompletionsService } from './completions.service.js';
export type { LearnerModule } from './completions.service.js';
export { EnrollmentObject } from './dto/enrollment.object.js';
export { ModuleCompletionObject } from './dto/module-completion.object.js';
export { Enrollment } from './enrollment.entity.js';
export { EnrollmentsService, learnerCourseKey } from './enrollments.service.js';
export { LearningModule } from './learning.module.js';
export { ModuleCompletion } from './module-completion.entity.js';
