export { MilestonesModule } from './milestones.module.js';
export { MilestonesService } from './milestones.service.js';
