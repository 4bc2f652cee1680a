export { AnniversariesModule } from './anniversaries.module.js';
export { AnniversariesService } from './anniversaries.service.js';
