import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { ConflictError, CourseStatus, MAX_CERTIFICATIONS, NotFoundError, requireRoom } from '@laurels/domain';
import { DataSource, In, type Repository } from 'typeorm';
import type { Viewer } from '#platform/auth';
import { groupBy, indexBy, type BatchLoad } from '#platform/graphql';
import { isUniqueViolation } from '#platform/database';
import { Course } from '#catalog/courses';
import { CertificationDefinition, CertificationRequiredCourse } from './certification-definition.entity.js';
import type { CreateCertificationInput } from './dto/create-certification.input.js';

/** The certifications an organisation issues: their definitions and required courses. */
@Injectable()
export class CertificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(CertificationDefinition) private readonly certifications: Repository<CertificationDefinition>,
  ) {}

  list(viewer: Viewer): Promise<CertificationDefinition[]> {
    return this.certifications.find({ where: { organizationId: viewer.organizationId }, order: { name: 'ASC' } });
  }

  create(viewer: Viewer, input: CreateCertificationInput): Promise<CertificationDefinition> {
    const taken = () => new ConflictError('name', `a certification named “${input.name}” already exists`);
    return this.dataSource
      .transaction(async (manager) => {
        const courses = await manager
          .getRepository(Course)
          .findBy({ id: In(input.requiredCourseIds), organizationId: viewer.organizationId });
        const missing = input.requiredCourseIds.find((id) => !courses.some((course) => course.id === id));
        if (missing) throw new NotFoundError('Course', missing);
        if (await manager.getRepository(CertificationDefinition).existsBy({ organizationId: viewer.organizationId, name: input.name }))
          throw taken();
        requireRoom(
          await manager.getRepository(CertificationDefinition).countBy({ organizationId: viewer.organizationId }),
          MAX_CERTIFICATIONS,
          'name',
          'certifications in an organisation',
        );
        const certification = await manager.getRepository(CertificationDefinition).save({
          organizationId: viewer.organizationId,
          name: input.name,
          description: input.description,
          validityDays: input.validityDays ?? null,
          points: input.points,
        });
        await manager
          .getRepository(CertificationRequiredCourse)
          .save(input.requiredCourseIds.map((courseId, index) => ({ certificationId: certification.id, courseId, position: index + 1 })));
        return certification;
      })
      .catch((error: unknown) => {
        throw isUniqueViolation(error, 'certification_definitions_name_unique') ? taken() : error;
      });
  }

  readonly byIds: BatchLoad<string, CertificationDefinition | null> = async (ids) =>
    indexBy(ids, await this.certifications.findBy({ id: In([...ids]) }), (certification) => certification.id);

  /** Required courses in order: every one for managers and admins, the published ones for learners (drafts stay private). */
  requiredCoursesByCertificationIds(includeDrafts: boolean): BatchLoad<string, Course[]> {
    return includeDrafts ? this.allRequiredCourses : this.publishedRequiredCourses;
  }

  private readonly allRequiredCourses: BatchLoad<string, Course[]> = (certificationIds) =>
    this.loadRequiredCourses(certificationIds, false);

  private readonly publishedRequiredCourses: BatchLoad<string, Course[]> = (certificationIds) =>
    this.loadRequiredCourses(certificationIds, true);

  private async loadRequiredCourses(certificationIds: readonly string[], publishedOnly: boolean): Promise<Course[][]> {
    const links = await this.dataSource
      .getRepository(CertificationRequiredCourse)
      .find({ where: { certificationId: In([...certificationIds]) }, relations: { course: true }, order: { position: 'ASC' } });
    const visible = links.filter((link) => !publishedOnly || link.course!.status === CourseStatus.PUBLISHED);
    return groupBy(certificationIds, visible, (link) => link.certificationId).map((group) => group.map((link) => link.course!));
  }
}
