import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CertificationDefinition, CertificationRequiredCourse } from './certification-definition.entity.js';
import { CertificationResolver } from './certification.resolver.js';
import { CertificationsService } from './certifications.service.js';

/** The certifications an organisation issues and the courses each requires. Issuing is the achievement path's. */
@Module({
  imports: [TypeOrmModule.forFeature([CertificationDefinition, CertificationRequiredCourse])],
  providers: [CertificationsService, CertificationResolver],
  exports: [CertificationsService],
})
export class CertificationsModule {}
