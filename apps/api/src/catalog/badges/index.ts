export { BadgeDefinition } from './badge-definition.entity.js';
export { BadgesModule } from './badges.module.js';
export { BadgesService } from './badges.service.js';
export { BadgeDefinitionObject } from './dto/badge-definition.object.js';
