import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CredentialsModule } from '../credentials/credentials.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { CertificationAward } from './certification-award.entity.js';
import { CertificationAwardResolver } from './certification-award.resolver.js';
import { CertificationDefinition, CertificationRequiredCourse } from './certification-definition.entity.js';
import { CertificationHolderResolver } from './certification-holder.resolver.js';
import { CertificationResolver } from './certification.resolver.js';
import { CertificationsService } from './certifications.service.js';

/** Certification definitions, awards and revocation. Issuing happens in the achievement path. */
@Module({
  imports: [TypeOrmModule.forFeature([CertificationDefinition, CertificationRequiredCourse, CertificationAward]), OrganizationsModule, CredentialsModule],
  providers: [CertificationsService, CertificationResolver, CertificationAwardResolver, CertificationHolderResolver],
})
export class CertificationsModule {}
