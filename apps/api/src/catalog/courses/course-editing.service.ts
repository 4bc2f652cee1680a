import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  checkModuleRemoval,
  CourseStatus,
  InvalidInputError,
  moveTo,
  NotFoundError,
  validateModuleDraft,
  type ModuleRemovalImpact,
} from '@laurels/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '#platform/auth';
import { CourseModule } from './course-module.entity.js';
import { Course } from './course.entity.js';
import type { QuizQuestionInput } from './dto/add-module.input.js';
import type { UpdateCourseInput } from './dto/update-course.input.js';
import type { UpdateModuleInput } from './dto/update-module.input.js';
import { QuizQuestion } from './quiz-question.entity.js';

/** How many people a module's removal would affect; answered by what records learning, in the removal's transaction. */
export type RemovalImpactOf = (manager: EntityManager, module: CourseModule) => Promise<ModuleRemovalImpact>;

/**
 * Changes to a course after it was created, published ones included. Each change
 * holds the course's row lock, so concurrent edits of one course apply one after
 * the other and module positions stay 1..n. What the changes mean for learners is
 * the rule of libs/domain's course-edits.
 */
@Injectable()
export class CourseEditingService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  update(viewer: Viewer, input: UpdateCourseInput): Promise<Course> {
    return this.dataSource.transaction(async (manager) => {
      const course = await this.lockedCourse(manager, viewer, input.courseId, 'courseId');
      if (input.title != null) course.title = input.title;
      if (input.summary != null) course.summary = input.summary;
      if (input.skills != null) course.skills = [...new Set(input.skills.map((skill) => skill.toLowerCase()))];
      if (input.estimatedMinutes != null) course.estimatedMinutes = input.estimatedMinutes;
      if (input.points != null) course.points = input.points;
      return manager.getRepository(Course).save(course);
    });
  }

  updateModule(viewer: Viewer, input: UpdateModuleInput): Promise<CourseModule> {
    return this.dataSource.transaction(async (manager) => {
      const module = await this.lockedModule(manager, viewer, input.moduleId);
      const questions = manager.getRepository(QuizQuestion);
      const current = await questions.find({ where: { moduleId: module.id }, order: { position: 'ASC' } });
      // A pass already recorded stays a pass: attempts are scored when they are made, never again.
      module.passingScore = validateModuleDraft({
        kind: module.kind,
        passingScore: input.passingScore ?? module.passingScore,
        questions: input.questions ?? current,
      });
      if (input.title != null) module.title = input.title;
      if (input.body != null) module.body = input.body;
      if (input.points != null) module.points = input.points;
      if (input.questions) {
        await questions.delete({ moduleId: module.id });
        await questions.save(questionRows(module.id, input.questions));
      }
      return manager.getRepository(CourseModule).save(module);
    });
  }

  /** Places a module at a 0-based position within its course; the others keep their relative order. */
  moveModule(viewer: Viewer, moduleId: string, position: number): Promise<Course> {
    return this.dataSource.transaction(async (manager) => {
      const module = await this.lockedModule(manager, viewer, moduleId);
      const ordered = await this.moduleIds(manager, module.courseId);
      await this.renumber(manager, moveTo(ordered, module.id, position));
      return manager.getRepository(Course).findOneByOrFail({ id: module.courseId });
    });
  }

  /** Removes a module nobody has passed, closing the gap in the order; `impactOf` says who it would affect. */
  removeModule(viewer: Viewer, moduleId: string, impactOf: RemovalImpactOf): Promise<Course> {
    return this.dataSource.transaction(async (manager) => {
      const module = await this.lockedModule(manager, viewer, moduleId);
      // The module's own lock waits for a pass being written right now, so the count below includes it.
      await manager.getRepository(CourseModule).findOne({ where: { id: module.id }, lock: { mode: 'pessimistic_write' } });
      checkModuleRemoval(await impactOf(manager, module));
      const remaining = (await this.moduleIds(manager, module.courseId)).filter((id) => id !== module.id);
      await manager.getRepository(CourseModule).delete({ id: module.id });
      await this.renumber(manager, remaining);
      return manager.getRepository(Course).findOneByOrFail({ id: module.courseId });
    });
  }

  /** Retires a course: hidden from the catalogue, never published again; what people earned from it stays. */
  archive(viewer: Viewer, courseId: string): Promise<Course> {
    return this.dataSource.transaction(async (manager) => {
      const course = await manager
        .getRepository(Course)
        .findOne({ where: { id: courseId, organizationId: viewer.organizationId }, lock: { mode: 'pessimistic_write' } });
      if (!course) throw new NotFoundError('Course', courseId);
      course.status = CourseStatus.ARCHIVED;
      return manager.getRepository(Course).save(course);
    });
  }

  private async lockedCourse(manager: EntityManager, viewer: Viewer, courseId: string, field: string): Promise<Course> {
    const course = await manager
      .getRepository(Course)
      .findOne({ where: { id: courseId, organizationId: viewer.organizationId }, lock: { mode: 'pessimistic_write' } });
    if (!course) throw new NotFoundError('Course', courseId);
    if (course.status === CourseStatus.ARCHIVED)
      throw new InvalidInputError(field, `“${course.title}” is archived and can no longer be changed`);
    return course;
  }

  /** A module of the viewer's organisation, with its course locked for the change. */
  private async lockedModule(manager: EntityManager, viewer: Viewer, moduleId: string): Promise<CourseModule> {
    const module = await manager.getRepository(CourseModule).findOneBy({ id: moduleId });
    if (!module) throw new NotFoundError('Module', moduleId);
    await this.lockedCourse(manager, viewer, module.courseId, 'moduleId').catch((error: unknown) => {
      throw error instanceof NotFoundError ? new NotFoundError('Module', moduleId) : error;
    });
    // Read again under the course's lock: a move committed meanwhile changed its position.
    return manager.getRepository(CourseModule).findOneByOrFail({ id: moduleId });
  }

  private async moduleIds(manager: EntityManager, courseId: string): Promise<string[]> {
    const modules = await manager
      .getRepository(CourseModule)
      .find({ select: { id: true }, where: { courseId }, order: { position: 'ASC' } });
    return modules.map((module) => module.id);
  }

  /**
   * Positions 1..n in the given order. The (course, position) constraint is checked row by row,
   * so the modules step through negative positions first and no two ever share one.
   */
  private async renumber(manager: EntityManager, orderedIds: readonly string[]): Promise<void> {
    if (orderedIds.length === 0) return;
    for (const sign of [-1, 1]) {
      await manager.query(
        `UPDATE modules SET position = $2::int * ordering.position
           FROM unnest($1::uuid[]) WITH ORDINALITY AS ordering(id, position)
          WHERE modules.id = ordering.id`,
        [orderedIds, sign],
      );
    }
  }
}

export function questionRows(moduleId: string, questions: readonly QuizQuestionInput[]): Partial<QuizQuestion>[] {
  return questions.map((question, index) => ({
    moduleId,
    position: index + 1,
    prompt: question.prompt,
    choices: question.choices,
    answerIndex: question.answerIndex,
    explanation: question.explanation ?? null,
  }));
}
