export { AwardsModule } from './awards.module.js';
export { AwardsService } from './awards.service.js';
export { BadgeAward } from './badge-award.entity.js';
export { BadgeAwarder, type Awarded } from './badge-awarder.js';
export { CertificationAward } from './certification-award.entity.js';
export { CertificationIssuer, type Issued } from './certification-issuer.js';
export { BadgeAwardObject } from './dto/badge-award.object.js';
export { CertificationAwardObject } from './dto/certification-award.object.js';
