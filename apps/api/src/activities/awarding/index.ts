export { AwardingModule } from './awarding.module.js';
export { AwardingService } from './awarding.service.js';
