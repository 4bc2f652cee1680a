export { Kudos } from './kudos.entity.js';
export { KudosModule } from './kudos.module.js';
export { KudosService } from './kudos.service.js';
