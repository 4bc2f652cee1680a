import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { CourseStatus, InvalidInputError, MAX_LEARNING_PATHS, NotFoundError, requireRoom } from '@laurels/domain';
import { DataSource, In, type Repository } from 'typeorm';
import type { Viewer } from '#platform/auth';
import { groupBy, type BatchLoad } from '#platform/graphql';
import { Course } from './course.entity.js';
import type { CreateLearningPathInput } from './dto/create-learning-path.input.js';
import type { UpdateLearningPathInput } from './dto/update-learning-path.input.js';
import { LearningPath, LearningPathCourse } from './learning-path.entity.js';

@Injectable()
export class LearningPathsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(LearningPath) private readonly paths: Repository<LearningPath>,
  ) {}

  async get(viewer: Viewer, pathId: string): Promise<LearningPath> {
    const path = await this.paths.findOneBy({ id: pathId, organizationId: viewer.organizationId });
    if (!path) throw new NotFoundError('Learning path', pathId);
    return path;
  }

  list(viewer: Viewer): Promise<LearningPath[]> {
    return this.paths.find({ where: { organizationId: viewer.organizationId }, order: { title: 'ASC' } });
  }

  create(viewer: Viewer, input: CreateLearningPathInput): Promise<LearningPath> {
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.getRepository(Course).findBy({ id: In(input.courseIds), organizationId: viewer.organizationId });
      const missing = input.courseIds.find((id) => !found.some((course) => course.id === id));
      if (missing) throw new NotFoundError('Course', missing);
      requireRoom(
        await manager.getRepository(LearningPath).countBy({ organizationId: viewer.organizationId }),
        MAX_LEARNING_PATHS,
        'title',
        'learning paths in an organisation',
      );
      const path = await manager.getRepository(LearningPath).save({
        organizationId: viewer.organizationId,
        title: input.title,
        description: input.description,
      });
      await manager
        .getRepository(LearningPathCourse)
        .save(input.courseIds.map((courseId, index) => ({ pathId: path.id, courseId, position: index + 1 })));
      return path;
    });
  }

  /**
   * Changes a path; `courseIds` is the whole new list, in order. An archived course may stay
   * where it is but not be added: nobody can take it any more.
   */
  update(viewer: Viewer, input: UpdateLearningPathInput): Promise<LearningPath> {
    return this.dataSource.transaction(async (manager) => {
      const path = await manager
        .getRepository(LearningPath)
        .findOne({ where: { id: input.pathId, organizationId: viewer.organizationId }, lock: { mode: 'pessimistic_write' } });
      if (!path) throw new NotFoundError('Learning path', input.pathId);
      if (input.title != null) path.title = input.title;
      if (input.description != null) path.description = input.description;
      if (input.courseIds) {
        const links = manager.getRepository(LearningPathCourse);
        const held = new Set((await links.findBy({ pathId: path.id })).map((link) => link.courseId));
        const found = await manager.getRepository(Course).findBy({ id: In(input.courseIds), organizationId: viewer.organizationId });
        for (const courseId of input.courseIds) {
          const course = found.find((candidate) => candidate.id === courseId);
          if (!course) throw new NotFoundError('Course', courseId);
          if (course.status === CourseStatus.ARCHIVED && !held.has(courseId)) {
            throw new InvalidInputError('courseIds', `“${course.title}” is archived and cannot be added to a learning path`);
          }
        }
        await links.delete({ pathId: path.id });
        await links.save(input.courseIds.map((courseId, index) => ({ pathId: path.id, courseId, position: index + 1 })));
      }
      return manager.getRepository(LearningPath).save(path);
    });
  }

  /**
   * The courses of each path, in order. Learners see only the published ones;
   * managers and admins see the drafts they are still building too.
   */
  coursesByPathIds(includeDrafts: boolean): BatchLoad<string, Course[]> {
    return includeDrafts ? this.allCoursesByPathIds : this.publishedCoursesByPathIds;
  }

  private readonly allCoursesByPathIds: BatchLoad<string, Course[]> = (pathIds) => this.loadCourses(pathIds, false);

  private readonly publishedCoursesByPathIds: BatchLoad<string, Course[]> = (pathIds) => this.loadCourses(pathIds, true);

  private async loadCourses(pathIds: readonly string[], publishedOnly: boolean): Promise<Course[][]> {
    const links = await this.dataSource
      .getRepository(LearningPathCourse)
      .find({ where: { pathId: In([...pathIds]) }, relations: { course: true }, order: { position: 'ASC' } });
    const visible = links.filter((link) => !publishedOnly || link.course!.status === CourseStatus.PUBLISHED);
    return groupBy(pathIds, visible, (link) => link.pathId).map((group) => group.map((link) => link.course!));
  }
}
