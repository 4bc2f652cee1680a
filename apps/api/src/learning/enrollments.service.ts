import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { InvalidInputError } from '@laurels/domain';
import type { EntityManager, Repository } from 'typeorm';
import type { Viewer } from '../common/auth/viewer.js';
import type { BatchLoad } from '../common/graphql/request-loaders.js';
import { CourseStatus } from './course.entity.js';
import { CoursesService } from './courses.service.js';
import { Enrollment } from './enrollment.entity.js';

/** A learner and a course: the key of per-learner batch loads. */
export interface LearnerCourse {
  readonly userId: string;
  readonly courseId: string;
}

export const learnerCourseKey = (key: LearnerCourse) => `${key.userId}:${key.courseId}`;

@Injectable()
export class EnrollmentsService {
  constructor(
    @InjectRepository(Enrollment) private readonly enrollments: Repository<Enrollment>,
    private readonly courses: CoursesService,
  ) {}

  async enroll(viewer: Viewer, courseId: string): Promise<Enrollment> {
    const course = await this.courses.get(viewer, courseId);
    if (course.status !== CourseStatus.PUBLISHED) throw new InvalidInputError('courseId', `"${course.title}" is not published yet`);
    return this.ensure(this.enrollments.manager, viewer, courseId);
  }

  /** The viewer's enrollment in a course, created on first use; safe under concurrent calls. */
  async ensure(manager: EntityManager, viewer: Viewer, courseId: string): Promise<Enrollment> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(Enrollment)
      .values({ organizationId: viewer.organizationId, userId: viewer.userId, courseId })
      .orIgnore()
      .execute();
    return manager.getRepository(Enrollment).findOneByOrFail({ userId: viewer.userId, courseId });
  }

  /** The viewer's enrollments: unfinished ones first, most recent first. */
  mine(viewer: Viewer): Promise<Enrollment[]> {
    return this.enrollments
      .createQueryBuilder('enrollment')
      .where('enrollment.userId = :userId', { userId: viewer.userId })
      .orderBy('enrollment.completedAt IS NOT NULL', 'ASC')
      .addOrderBy('COALESCE(enrollment.completedAt, enrollment.startedAt, enrollment.createdAt)', 'DESC')
      .getMany();
  }

  readonly byLearnerCourses: BatchLoad<LearnerCourse, Enrollment | null> = async (keys) => {
    const rows = await this.enrollments
      .createQueryBuilder('enrollment')
      .where('(enrollment.userId, enrollment.courseId) IN (SELECT * FROM unnest(CAST(:userIds AS uuid[]), CAST(:courseIds AS uuid[])))', {
        userIds: keys.map((key) => key.userId),
        courseIds: keys.map((key) => key.courseId),
      })
      .getMany();
    const byKey = new Map(rows.map((row) => [learnerCourseKey(row), row]));
    return keys.map((key) => byKey.get(learnerCourseKey(key)) ?? null);
  };
}
