export { DigestModule } from './digest.module.js';
export { DigestService } from './digest.service.js';
