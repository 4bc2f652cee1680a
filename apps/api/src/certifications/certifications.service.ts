import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { ConflictError, MAX_CERTIFICATIONS, NotFoundError, requireRoom } from '@laurels/domain';
import { DataSource, In, type Repository } from 'typeorm';
import type { Viewer } from '../common/auth/viewer.js';
import { Clock } from '../common/clock.js';
import { groupBy, indexBy, type BatchLoad } from '../common/graphql/request-loaders.js';
import { requireText } from '../common/graphql/validation.js';
import { isUniqueViolation } from '../database/unique-violation.js';
import { Course, CourseStatus } from '../learning/course.entity.js';
import { CertificationAward } from './certification-award.entity.js';
import { CertificationDefinition, CertificationRequiredCourse } from './certification-definition.entity.js';
import type { CreateCertificationInput } from './dto/create-certification.input.js';

/** A person's latest `first` certification awards. */
export interface LatestAwards {
  readonly userId: string;
  readonly first: number;
}

export const latestAwardsKey = (key: LatestAwards) => `${key.userId}:${key.first}`;

@Injectable()
export class CertificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(CertificationDefinition) private readonly certifications: Repository<CertificationDefinition>,
    @InjectRepository(CertificationAward) private readonly awards: Repository<CertificationAward>,
    private readonly clock: Clock,
  ) {}

  list(viewer: Viewer): Promise<CertificationDefinition[]> {
    return this.certifications.find({ where: { organizationId: viewer.organizationId }, order: { name: 'ASC' } });
  }

  create(viewer: Viewer, input: CreateCertificationInput): Promise<CertificationDefinition> {
    const taken = () => new ConflictError('name', `a certification named “${input.name}” already exists`);
    return this.dataSource
      .transaction(async (manager) => {
        const courses = await manager.getRepository(Course).findBy({ id: In(input.requiredCourseIds), organizationId: viewer.organizationId });
        const missing = input.requiredCourseIds.find((id) => !courses.some((course) => course.id === id));
        if (missing) throw new NotFoundError('Course', missing);
        if (await manager.getRepository(CertificationDefinition).existsBy({ organizationId: viewer.organizationId, name: input.name })) throw taken();
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

  async award(viewer: Viewer, awardId: string): Promise<CertificationAward> {
    const award = await this.awards.findOneBy({ id: awardId, organizationId: viewer.organizationId });
    if (!award) throw new NotFoundError('Certification award', awardId);
    return award;
  }

  /** Admin only: the award stays in the history, marked revoked; its credential stops verifying. */
  async revoke(viewer: Viewer, awardId: string, reason: string): Promise<CertificationAward> {
    const why = requireText(reason, 'reason', 1, 500);
    const award = await this.award(viewer, awardId);
    if (award.revokedAt) return award;
    award.revokedAt = this.clock.now();
    award.revokedById = viewer.userId;
    award.revokedReason = why;
    return this.awards.save(award);
  }

  readonly byIds: BatchLoad<string, CertificationDefinition | null> = async (ids) =>
    indexBy(ids, await this.certifications.findBy({ id: In([...ids]) }), (certification) => certification.id);

  /** Required courses in order: every one for managers and admins, the published ones for learners (drafts stay private). */
  requiredCoursesByCertificationIds(includeDrafts: boolean): BatchLoad<string, Course[]> {
    return includeDrafts ? this.allRequiredCourses : this.publishedRequiredCourses;
  }

  private readonly allRequiredCourses: BatchLoad<string, Course[]> = (certificationIds) => this.loadRequiredCourses(certificationIds, false);

  private readonly publishedRequiredCourses: BatchLoad<string, Course[]> = (certificationIds) => this.loadRequiredCourses(certificationIds, true);

  private async loadRequiredCourses(certificationIds: readonly string[], publishedOnly: boolean): Promise<Course[][]> {
    const links = await this.dataSource
      .getRepository(CertificationRequiredCourse)
      .find({ where: { certificationId: In([...certificationIds]) }, relations: { course: true }, order: { position: 'ASC' } });
    const visible = links.filter((link) => !publishedOnly || link.course!.status === CourseStatus.PUBLISHED);
    return groupBy(certificationIds, visible, (link) => link.certificationId).map((group) => group.map((link) => link.course!));
  }

  /** Every award of each person, newest first: renewals and revoked ones included. */
  /** Each person's latest `first` awards, newest first, in one statement. */
  readonly latestAwards: BatchLoad<LatestAwards, CertificationAward[]> = async (keys) => {
    const userIds = [...new Set(keys.map((key) => key.userId))];
    const rows = await this.awards
      .createQueryBuilder('award')
      .where(
        `award.id IN (
          SELECT ranked.id FROM (
            SELECT a.id, row_number() OVER (PARTITION BY a.user_id ORDER BY a.issued_at DESC, a.id DESC) AS n
            FROM certification_awards a WHERE a.user_id IN (:...userIds)
          ) ranked WHERE ranked.n <= :first
        )`,
        { userIds, first: Math.max(...keys.map((key) => key.first)) },
      )
      .orderBy('award.issuedAt', 'DESC')
      .addOrderBy('award.id', 'DESC')
      .getMany();
    const byUser = groupBy(userIds, rows, (award) => award.userId);
    return keys.map((key) => byUser[userIds.indexOf(key.userId)]!.slice(0, key.first));
  };
}
