export { CertificationDefinition, CertificationRequiredCourse } from './certification-definition.entity.js';
export { CertificationsModule } from './certifications.module.js';
export { CertificationsService } from './certifications.service.js';
export { CertificationDefinitionObject } from './dto/certification-definition.object.js';
