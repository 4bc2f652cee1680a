export { Assignment } from './assignment.entity.js';
export { AssignmentsModule } from './assignments.module.js';
export { AssignmentsService, openAssignment } from './assignments.service.js';
