import { Injectable } from '@nestjs/common';
import { certificationDue, expiryFor } from '@laurels/domain';
import type { EntityManager } from 'typeorm';
import { CertificationAward } from './certification-award.entity.js';
import { CertificationDefinition } from '#catalog/certifications';

export interface Issued {
  readonly award: CertificationAward;
  readonly certification: CertificationDefinition;
}

/** Issues certifications, and renewals, when a completed course makes them due. */
@Injectable()
export class CertificationIssuer {
  async issueDue(
    manager: EntityManager,
    user: { id: string; organizationId: string },
    completedCourseIds: readonly string[],
    now: Date,
  ): Promise<Issued[]> {
    if (completedCourseIds.length === 0) return [];
    const certifications = await manager
      .getRepository(CertificationDefinition)
      .createQueryBuilder('certification')
      .where('certification.organizationId = :org', { org: user.organizationId })
      .andWhere('certification.id IN (SELECT certification_id FROM certification_required_courses WHERE course_id = ANY(:courses))', {
        courses: completedCourseIds,
      })
      .orderBy('certification.createdAt', 'ASC')
      .getMany();
    const issued: Issued[] = [];
    for (const certification of certifications) {
      const required = (
        await manager.query<{ course_id: string }[]>('SELECT course_id FROM certification_required_courses WHERE certification_id = $1', [
          certification.id,
        ])
      ).map((row) => row.course_id);
      const completions = await manager.query<{ course_id: string; completed_at: Date }[]>(
        `SELECT course_id, max(completed_at) AS completed_at FROM enrollments
          WHERE user_id = $1 AND course_id = ANY($2::uuid[]) AND completed_at IS NOT NULL GROUP BY course_id`,
        [user.id, required],
      );
      const latest = await manager
        .getRepository(CertificationAward)
        .findOne({ where: { userId: user.id, certificationId: certification.id }, order: { sequence: 'DESC' } });
      const lastCompleted = new Map(completions.map((row) => [row.course_id, new Date(row.completed_at)]));
      if (!certificationDue(required, lastCompleted, latest, now)) continue;
      const award = await manager.getRepository(CertificationAward).save({
        organizationId: user.organizationId,
        certificationId: certification.id,
        userId: user.id,
        sequence: (latest?.sequence ?? 0) + 1,
        issuedAt: now,
        expiresAt: expiryFor(now, certification.validityDays),
        revokedAt: null,
        revokedById: null,
        revokedReason: null,
      });
      issued.push({ award, certification });
    }
    return issued;
  }
}
