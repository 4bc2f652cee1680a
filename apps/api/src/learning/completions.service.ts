import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  InvalidInputError,
  isCourseComplete,
  isScored,
  levelFor,
  localDay,
  scoreAnswers,
  streakDays,
  type LevelStanding,
} from '@laurels/domain';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import { AchievementService, type Achievement } from '../achievements/achievement.service.js';
import type { Viewer } from '../common/auth/viewer.js';
import { Clock } from '../common/clock.js';
import type { BatchLoad } from '../common/graphql/request-loaders.js';
import { PointsReason } from '../points/points-entry.entity.js';
import { CourseModule } from './course-module.entity.js';
import { CoursesService } from './courses.service.js';
import type { CompleteModuleInput } from './dto/complete-module.input.js';
import { Enrollment } from './enrollment.entity.js';
import { EnrollmentsService, type LearnerCourse } from './enrollments.service.js';
import { ModuleCompletion } from './module-completion.entity.js';

export interface CompletionOutcome {
  readonly completion: ModuleCompletion;
  readonly enrollment: Enrollment;
  readonly pointsAwarded: number;
  readonly levelUp: LevelStanding | null;
}

/** A learner and a module: the key of the viewer's-attempt batch load. */
export interface LearnerModule {
  readonly userId: string;
  readonly moduleId: string;
}

@Injectable()
export class CompletionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(ModuleCompletion) private readonly completions: Repository<ModuleCompletion>,
    private readonly courses: CoursesService,
    private readonly enrollments: EnrollmentsService,
    private readonly achievements: AchievementService,
    private readonly clock: Clock,
  ) {}

  /**
   * Scores an attempt on the server and, when it passes, records it through
   * the achievement path. A module is passed once: a second pass, a retry
   * with the same idempotency key, or a race of many identical requests all
   * answer with the first result and award nothing again.
   */
  complete(viewer: Viewer, input: CompleteModuleInput): Promise<CompletionOutcome> {
    // Every read below goes through `manager`: a request that held the user lock
    // while waiting for a second pooled connection would starve the pool under a burst.
    return this.dataSource.transaction(async (manager) => {
      await this.achievements.lockUser(manager, viewer.userId);
      const repository = manager.getRepository(ModuleCompletion);
      if (input.idempotencyKey) {
        const earlier = await repository.findOneBy({ userId: viewer.userId, idempotencyKey: input.idempotencyKey });
        if (earlier) {
          if (earlier.moduleId !== input.moduleId) {
            throw new InvalidInputError('idempotencyKey', 'this idempotencyKey was already used for another module');
          }
          return this.replay(manager, viewer, earlier, true);
        }
      }
      const { module, course } = await this.courses.publishedModule(viewer, input.moduleId, manager);
      const passedBefore = await repository.findOneBy({ userId: viewer.userId, moduleId: module.id, passed: true });
      if (passedBefore) return this.replay(manager, viewer, passedBefore, false);

      const result = await this.score(manager, module, input.answers);
      const enrollment = await this.enrollments.ensure(manager, viewer, course.id);
      const now = this.clock.now();
      const completion = await repository.save(repository.create({
        organizationId: viewer.organizationId,
        userId: viewer.userId,
        moduleId: module.id,
        courseId: course.id,
        score: result.score,
        passed: result.passed,
        correct: result.correct && [...result.correct],
        idempotencyKey: input.idempotencyKey ?? null,
        completedAt: now,
      }));
      if (!completion.passed) return { completion, enrollment, pointsAwarded: 0, levelUp: null };

      const facts: Achievement[] = [
        { reason: PointsReason.MODULE_COMPLETED, sourceId: module.id, amount: module.points, description: `Completed “${module.title}”` },
      ];
      enrollment.startedAt ??= now;
      if (!enrollment.completedAt && (await this.courseFinished(manager, viewer.userId, course.id))) {
        enrollment.completedAt = now;
        facts.push({ reason: PointsReason.COURSE_COMPLETED, sourceId: course.id, amount: course.points, description: `Finished the course “${course.title}”` });
      }
      await manager.getRepository(Enrollment).save(enrollment);
      const outcome = await this.achievements.record(manager, { id: viewer.userId, organizationId: viewer.organizationId }, facts);
      completion.pointsAwarded = outcome.pointsAwarded;
      completion.pointsAfter = outcome.pointsAfter;
      completion.leveledUp = outcome.levelUp !== null;
      await repository.save(completion);
      return { completion, enrollment, pointsAwarded: outcome.pointsAwarded, levelUp: outcome.levelUp };
    });
  }

  private async score(manager: EntityManager, module: CourseModule, answers: readonly number[] | null | undefined) {
    if (!isScored(module.kind)) {
      if (answers?.length) throw new InvalidInputError('answers', `a ${module.kind} module has no questions to answer`);
      return { score: null, passed: true, correct: null };
    }
    return scoreAnswers(await this.courses.questionsWithAnswers(module.id, manager), answers, module.passingScore ?? 100);
  }

  private async courseFinished(manager: EntityManager, userId: string, courseId: string): Promise<boolean> {
    const [passed, total] = await Promise.all([
      manager.getRepository(ModuleCompletion).countBy({ userId, courseId, passed: true }),
      manager.getRepository(CourseModule).countBy({ courseId }),
    ]);
    return isCourseComplete(passed, total);
  }

  /** The answer an earlier attempt gave; `sameRequest` repeats what it earned, otherwise nothing is earned again. */
  private async replay(manager: EntityManager, viewer: Viewer, completion: ModuleCompletion, sameRequest: boolean): Promise<CompletionOutcome> {
    const enrollment = await manager.getRepository(Enrollment).findOneByOrFail({ userId: viewer.userId, courseId: completion.courseId });
    const leveledUp = sameRequest && completion.leveledUp && completion.pointsAfter !== null;
    return {
      completion,
      enrollment,
      pointsAwarded: sameRequest ? completion.pointsAwarded : 0,
      levelUp: leveledUp ? levelFor(completion.pointsAfter!) : null,
    };
  }

  /** The viewer's attempt at each module: the pass if there is one, else the latest try. */
  readonly attemptsByLearnerModules: BatchLoad<LearnerModule, ModuleCompletion | null> = async (keys) => {
    const rows = await this.completions
      .createQueryBuilder('completion')
      .distinctOn(['completion.userId', 'completion.moduleId'])
      .where('(completion.userId, completion.moduleId) IN (SELECT * FROM unnest(CAST(:userIds AS uuid[]), CAST(:moduleIds AS uuid[])))', {
        userIds: keys.map((key) => key.userId),
        moduleIds: keys.map((key) => key.moduleId),
      })
      .orderBy('completion.userId')
      .addOrderBy('completion.moduleId')
      .addOrderBy('completion.passed', 'DESC')
      .addOrderBy('completion.completedAt', 'DESC')
      .getMany();
    const byKey = new Map(rows.map((row) => [`${row.userId}:${row.moduleId}`, row]));
    return keys.map((key) => byKey.get(`${key.userId}:${key.moduleId}`) ?? null);
  };

  /** Modules passed per learner and course. */
  readonly passedCountsByLearnerCourses: BatchLoad<LearnerCourse, number> = async (keys) => {
    const rows = await this.completions
      .createQueryBuilder('completion')
      .select('completion.userId', 'userId')
      .addSelect('completion.courseId', 'courseId')
      .addSelect('COUNT(*)::int', 'count')
      .where('completion.passed')
      .andWhere('(completion.userId, completion.courseId) IN (SELECT * FROM unnest(CAST(:userIds AS uuid[]), CAST(:courseIds AS uuid[])))', {
        userIds: keys.map((key) => key.userId),
        courseIds: keys.map((key) => key.courseId),
      })
      .groupBy('completion.userId')
      .addGroupBy('completion.courseId')
      .getRawMany<{ userId: string; courseId: string; count: number }>();
    const byKey = new Map(rows.map((row) => [`${row.userId}:${row.courseId}`, row.count]));
    return keys.map((key) => byKey.get(`${key.userId}:${key.courseId}`) ?? 0);
  };

  /** Consecutive days with a passed module, counted in each user's organisation time zone. */
  readonly streaksByUserIds: BatchLoad<string, number> = async (userIds) => {
    const rows = await this.dataSource.query<{ userId: string; timeZone: string; days: string[] }[]>(
      `SELECT u.id AS "userId", o.time_zone AS "timeZone",
              COALESCE(array_agg(DISTINCT to_char(c.completed_at AT TIME ZONE o.time_zone, 'YYYY-MM-DD'))
                FILTER (WHERE c.id IS NOT NULL), '{}') AS days
         FROM users u
         JOIN organizations o ON o.id = u.organization_id
         LEFT JOIN module_completions c ON c.user_id = u.id AND c.passed
        WHERE u.id = ANY($1::uuid[])
        GROUP BY u.id, o.time_zone`,
      [userIds],
    );
    const now = this.clock.now();
    const byUser = new Map(rows.map((row) => [row.userId, streakDays(row.days, localDay(now, row.timeZone))]));
    return userIds.map((id) => byUser.get(id) ?? 0);
  };
}
