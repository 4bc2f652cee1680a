import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CourseStatus, requireOpenForLearning } from '@laurels/domain';
import type { EntityManager, Repository } from 'typeorm';
import type { Viewer } from '#platform/auth';
import type { BatchLoad } from '#platform/graphql';
import { CoursesService } from '#catalog/courses';
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
    await this.publishedCourse(viewer, courseId);
    return this.ensure(this.enrollments.manager, viewer, courseId);
  }

  /**
   * Starts the course again once it is completed, to renew a certification or
   * to practise: a new cycle with no modules passed. Module and course points
   * are not awarded twice. While the current cycle is unfinished, returns it.
   */
  async retake(viewer: Viewer, courseId: string): Promise<Enrollment> {
    await this.publishedCourse(viewer, courseId);
    const current = await this.current(this.enrollments.manager, viewer.userId, courseId);
    if (!current?.completedAt) return current ?? this.ensure(this.enrollments.manager, viewer, courseId);
    await this.insertCycle(this.enrollments.manager, viewer, courseId, current.cycle + 1);
    return (await this.current(this.enrollments.manager, viewer.userId, courseId))!;
  }

  /** The viewer's current enrollment in a course, created on first use; safe under concurrent calls. */
  async ensure(manager: EntityManager, viewer: Viewer, courseId: string): Promise<Enrollment> {
    const current = await this.current(manager, viewer.userId, courseId);
    if (current) return current;
    await this.insertCycle(manager, viewer, courseId, 1);
    return (await this.current(manager, viewer.userId, courseId))!;
  }

  /** The latest cycle of a learner's enrollment in a course. */
  current(manager: EntityManager, userId: string, courseId: string): Promise<Enrollment | null> {
    return manager.getRepository(Enrollment).findOne({ where: { userId, courseId }, order: { cycle: 'DESC' } });
  }

  /**
   * The viewer's courses, each in its current cycle: unfinished first, most recent first.
   * An archived course can no longer be finished, so only a completed one stays on the list.
   */
  async mine(viewer: Viewer): Promise<Enrollment[]> {
    const current = await this.enrollments
      .createQueryBuilder('enrollment')
      .innerJoinAndSelect('enrollment.course', 'course')
      .distinctOn(['enrollment.courseId'])
      .where('enrollment.userId = :userId', { userId: viewer.userId })
      .orderBy('enrollment.courseId')
      .addOrderBy('enrollment.cycle', 'DESC')
      .getMany();
    const latest = current.filter((enrollment) => enrollment.completedAt || enrollment.course!.status !== CourseStatus.ARCHIVED);
    const recency = (enrollment: Enrollment) => (enrollment.completedAt ?? enrollment.startedAt ?? enrollment.createdAt).getTime();
    return latest.sort((a, b) => Number(a.completedAt !== null) - Number(b.completedAt !== null) || recency(b) - recency(a));
  }

  /** Each learner's current enrollment per course. */
  readonly byLearnerCourses: BatchLoad<LearnerCourse, Enrollment | null> = async (keys) => {
    const rows = await this.enrollments
      .createQueryBuilder('enrollment')
      .distinctOn(['enrollment.userId', 'enrollment.courseId'])
      .where('(enrollment.userId, enrollment.courseId) IN (SELECT * FROM unnest(CAST(:userIds AS uuid[]), CAST(:courseIds AS uuid[])))', {
        userIds: keys.map((key) => key.userId),
        courseIds: keys.map((key) => key.courseId),
      })
      .orderBy('enrollment.userId')
      .addOrderBy('enrollment.courseId')
      .addOrderBy('enrollment.cycle', 'DESC')
      .getMany();
    const byKey = new Map(rows.map((row) => [learnerCourseKey(row), row]));
    return keys.map((key) => byKey.get(learnerCourseKey(key)) ?? null);
  };

  private async publishedCourse(viewer: Viewer, courseId: string) {
    const course = await this.courses.get(viewer, courseId);
    requireOpenForLearning(course, 'courseId');
    return course;
  }

  private async insertCycle(manager: EntityManager, viewer: Viewer, courseId: string, cycle: number): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(Enrollment)
      .values({ organizationId: viewer.organizationId, userId: viewer.userId, courseId, cycle })
      .orIgnore()
      .execute();
  }
}
