import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  CourseStatus,
  ForbiddenError,
  InvalidInputError,
  MAX_COURSES,
  MAX_MODULES_PER_COURSE,
  NotFoundError,
  Role,
  hasRole,
  requireOpenForLearning,
  requireRoom,
  validateModuleDraft,
} from '@laurels/domain';
import { DataSource, In, type EntityManager, type Repository } from 'typeorm';
import type { Viewer } from '#platform/auth';
import { Clock } from '#platform/clock';
import { escapeLike } from '#platform/database';
import { groupBy, indexBy, type BatchLoad } from '#platform/graphql';
import { questionRows } from './course-editing.service.js';
import { CourseModule } from './course-module.entity.js';
import { Course } from './course.entity.js';
import type { AddModuleInput } from './dto/add-module.input.js';
import type { CreateCourseInput } from './dto/create-course.input.js';
import { QuizQuestion } from './quiz-question.entity.js';

/** Managers and admins author courses and may see drafts; everyone else sees published ones. */
function seesDrafts(viewer: Viewer): boolean {
  return hasRole(viewer.role, Role.MANAGER);
}

/** Drafts are for their authors; an archived course stays readable by id, for those who took it. */
function canSee(viewer: Viewer, course: Course): boolean {
  return course.status !== CourseStatus.DRAFT || seesDrafts(viewer);
}

export interface CourseFilter {
  readonly status: CourseStatus | null;
  readonly skill: string | null;
  readonly search: string | null;
}

@Injectable()
export class CoursesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Course) private readonly courses: Repository<Course>,
    @InjectRepository(CourseModule) private readonly modules: Repository<CourseModule>,
    @InjectRepository(QuizQuestion) private readonly questions: Repository<QuizQuestion>,
    private readonly clock: Clock,
  ) {}

  list(viewer: Viewer, { status, skill, search }: CourseFilter, first: number): Promise<Course[]> {
    if (status && status !== CourseStatus.PUBLISHED && !seesDrafts(viewer)) {
      throw new ForbiddenError(`only managers and admins can list ${status} courses`);
    }
    const query = this.courses
      .createQueryBuilder('course')
      .where('course.organizationId = :org', { org: viewer.organizationId })
      .orderBy('course.title', 'ASC')
      .addOrderBy('course.id', 'ASC')
      .limit(first);
    const visible = status ?? (seesDrafts(viewer) ? null : CourseStatus.PUBLISHED);
    if (visible) query.andWhere('course.status = :status', { status: visible });
    if (skill?.trim()) query.andWhere(':skill = ANY(course.skills)', { skill: skill.trim().toLowerCase() });
    // An organisation holds at most MAX_COURSES, so matching titles scans a bounded set.
    if (search?.trim()) {
      query.andWhere(`laurels_fold(course.title) LIKE '%' || laurels_fold(:search) || '%'`, { search: escapeLike(search.trim()) });
    }
    return query.getMany();
  }

  /** A course the viewer may see: learners never see drafts. */
  async get(viewer: Viewer, courseId: string): Promise<Course> {
    const course = await this.courses.findOneBy({ id: courseId, organizationId: viewer.organizationId });
    if (!course || !canSee(viewer, course)) throw new NotFoundError('Course', courseId);
    return course;
  }

  /** A module of a course the viewer may see; others, drafts for learners included, are NOT_FOUND. */
  async getModule(viewer: Viewer, moduleId: string): Promise<CourseModule> {
    const module = await this.modules.findOneBy({ id: moduleId });
    if (!module) throw new NotFoundError('Module', moduleId);
    await this.get(viewer, module.courseId).catch(() => {
      throw new NotFoundError('Module', moduleId);
    });
    return module;
  }

  async create(viewer: Viewer, input: CreateCourseInput): Promise<Course> {
    requireRoom(await this.courses.countBy({ organizationId: viewer.organizationId }), MAX_COURSES, 'title', 'courses in an organisation');
    return this.courses.save(
      this.courses.create({
        organizationId: viewer.organizationId,
        title: input.title,
        summary: input.summary,
        skills: [...new Set(input.skills.map((skill) => skill.toLowerCase()))],
        estimatedMinutes: input.estimatedMinutes,
        points: input.points,
        status: CourseStatus.DRAFT,
        createdById: viewer.userId,
        publishedAt: null,
      }),
    );
  }

  /**
   * Appends a module (and its questions) to a draft or published course. Those who already
   * completed a published course stay completed; the others have one more module to pass.
   */
  addModule(viewer: Viewer, input: AddModuleInput): Promise<CourseModule> {
    const questions = input.questions ?? [];
    const passingScore = validateModuleDraft({ kind: input.kind, passingScore: input.passingScore, questions });
    return this.dataSource.transaction(async (manager) => {
      // Locking the course serialises concurrent additions, so positions stay 1..n.
      const course = await manager
        .getRepository(Course)
        .findOne({ where: { id: input.courseId, organizationId: viewer.organizationId }, lock: { mode: 'pessimistic_write' } });
      if (!course) throw new NotFoundError('Course', input.courseId);
      if (course.status === CourseStatus.ARCHIVED) {
        throw new InvalidInputError('courseId', `“${course.title}” is archived and can no longer be changed`);
      }
      const held = await manager.getRepository(CourseModule).countBy({ courseId: course.id });
      requireRoom(held, MAX_MODULES_PER_COURSE, 'courseId', 'modules in a course');
      const position = held + 1;
      const module = await manager.getRepository(CourseModule).save({
        courseId: course.id,
        position,
        title: input.title,
        kind: input.kind,
        body: input.body,
        points: input.points,
        passingScore,
      });
      await manager.getRepository(QuizQuestion).save(questionRows(module.id, questions));
      return module;
    });
  }

  async publish(viewer: Viewer, courseId: string): Promise<Course> {
    const course = await this.courses.findOneBy({ id: courseId, organizationId: viewer.organizationId });
    if (!course) throw new NotFoundError('Course', courseId);
    if (course.status === CourseStatus.PUBLISHED) return course;
    if (course.status === CourseStatus.ARCHIVED) throw new InvalidInputError('courseId', 'an archived course cannot be published again');
    if (!(await this.modules.existsBy({ courseId }))) throw new InvalidInputError('courseId', 'add at least one module before publishing');
    course.status = CourseStatus.PUBLISHED;
    course.publishedAt = this.clock.now();
    return this.courses.save(course);
  }

  /**
   * A module of a published course of the viewer's organisation, the only kind that can be completed.
   * Pass the caller's transaction: a second connection taken while it holds locks can starve the pool.
   */
  async publishedModule(
    viewer: Viewer,
    moduleId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ module: CourseModule; course: Course }> {
    const module = await manager
      .getRepository(CourseModule)
      .createQueryBuilder('module')
      .innerJoinAndSelect('module.course', 'course', 'course.organizationId = :organizationId', { organizationId: viewer.organizationId })
      .where('module.id = :moduleId', { moduleId })
      .getOne();
    const course = module?.course;
    // A learner's view has no drafts: their modules look unknown, as the course does.
    if (!module || !course || !canSee(viewer, course)) throw new NotFoundError('Module', moduleId);
    requireOpenForLearning(course, 'moduleId');
    return { module, course };
  }

  /** The questions of a module with their answers, in order: for scoring only, never for clients. */
  questionsWithAnswers(moduleId: string, manager: EntityManager = this.dataSource.manager): Promise<QuizQuestion[]> {
    return manager.getRepository(QuizQuestion).find({ where: { moduleId }, order: { position: 'ASC' } });
  }

  readonly byIds: BatchLoad<string, Course | null> = async (ids) =>
    indexBy(ids, await this.courses.findBy({ id: In([...ids]) }), (course) => course.id);

  readonly modulesByIds: BatchLoad<string, CourseModule | null> = async (ids) =>
    indexBy(ids, await this.modules.findBy({ id: In([...ids]) }), (module) => module.id);

  readonly modulesByCourseIds: BatchLoad<string, CourseModule[]> = async (courseIds) =>
    groupBy(
      courseIds,
      await this.modules.find({ where: { courseId: In([...courseIds]) }, order: { position: 'ASC' } }),
      (module) => module.courseId,
    );

  readonly questionsByModuleIds: BatchLoad<string, QuizQuestion[]> = async (moduleIds) =>
    groupBy(
      moduleIds,
      await this.questions.find({ where: { moduleId: In([...moduleIds]) }, order: { position: 'ASC' } }),
      (question) => question.moduleId,
    );

  readonly moduleCountsByCourseIds: BatchLoad<string, number> = async (courseIds) => {
    const rows = await this.modules
      .createQueryBuilder('module')
      .select('module.courseId', 'courseId')
      .addSelect('COUNT(*)::int', 'count')
      .where('module.courseId IN (:...courseIds)', { courseIds })
      .groupBy('module.courseId')
      .getRawMany<{ courseId: string; count: number }>();
    const byCourse = new Map(rows.map((row) => [row.courseId, row.count]));
    return courseIds.map((id) => byCourse.get(id) ?? 0);
  };
}
