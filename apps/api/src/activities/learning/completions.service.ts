import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  InvalidInputError,
  isCourseComplete,
  isScored,
  levelFor,
  scoreAnswers,
  type LevelStanding,
  type ModuleRemovalImpact,
} from '@laurels/domain';
import { DataSource, In, type EntityManager, type Repository } from 'typeorm';
import { AchievementService, type Fact } from '#achievements/achievement-path';
import { BadgeAward, CertificationAward } from '#achievements/awards';
import type { Viewer } from '#platform/auth';
import { Clock } from '#platform/clock';
import type { BatchLoad } from '#platform/graphql';
import { CourseModule, CoursesService, type RemovalImpactOf } from '#catalog/courses';
import { lockPeople } from '#directory/organizations';
import type { CompleteModuleInput } from './dto/complete-module.input.js';
import { Enrollment } from './enrollment.entity.js';
import { EnrollmentsService } from './enrollments.service.js';
import { ModuleCompletion } from './module-completion.entity.js';

export interface CompletionOutcome {
  readonly completion: ModuleCompletion;
  readonly enrollment: Enrollment;
  readonly pointsAwarded: number;
  readonly levelUp: LevelStanding | null;
  readonly newBadges: BadgeAward[];
  readonly newCertifications: CertificationAward[];
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
      await lockPeople(manager, [viewer.userId]);
      const repository = manager.getRepository(ModuleCompletion);
      if (input.idempotencyKey) {
        const earlier = await repository.findOneBy({ userId: viewer.userId, idempotencyKey: input.idempotencyKey });
        if (earlier) {
          if (earlier.moduleId !== input.moduleId) {
            throw new InvalidInputError('idempotencyKey', 'this idempotencyKey was already used for another module');
          }
          return this.replay(manager, earlier, true);
        }
      }
      const { module, course } = await this.courses.publishedModule(viewer, input.moduleId, manager);
      const enrollment = await this.enrollments.ensure(manager, viewer, course.id);
      const passedBefore = await repository.findOneBy({ enrollmentId: enrollment.id, moduleId: module.id, passed: true });
      if (passedBefore) return this.replay(manager, passedBefore, false);

      const result = await this.score(manager, module, input.answers);
      const now = this.clock.now();
      const completion = await repository.save(
        repository.create({
          organizationId: viewer.organizationId,
          userId: viewer.userId,
          moduleId: module.id,
          courseId: course.id,
          enrollmentId: enrollment.id,
          score: result.score,
          passed: result.passed,
          correct: result.correct && [...result.correct],
          idempotencyKey: input.idempotencyKey ?? null,
          completedAt: now,
        }),
      );
      if (!completion.passed) return { completion, enrollment, pointsAwarded: 0, levelUp: null, newBadges: [], newCertifications: [] };

      const facts: Fact[] = [{ kind: 'MODULE_COMPLETED', moduleId: module.id, title: module.title, points: module.points }];
      const started = { startedAt: enrollment.startedAt ?? now, completedAt: enrollment.completedAt };
      if (!enrollment.completedAt && (await this.cycleFinished(manager, enrollment.id, course.id))) {
        started.completedAt = now;
        facts.push({
          kind: 'COURSE_COMPLETED',
          courseId: course.id,
          title: course.title,
          points: course.points,
          firstTime: enrollment.cycle === 1,
        });
      }
      if (started.startedAt !== enrollment.startedAt || started.completedAt !== enrollment.completedAt) {
        await manager.getRepository(Enrollment).update({ id: enrollment.id }, started);
        Object.assign(enrollment, started);
      }
      const outcome = await this.achievements.record(manager, viewer.userId, facts);
      // What it earned, so that a retry with the same idempotency key answers the same.
      const earned = {
        pointsAwarded: outcome.pointsAwarded,
        pointsAfter: outcome.pointsAfter,
        leveledUp: outcome.levelUp !== null,
        badgeAwardIds: outcome.newBadges.map((award) => award.id),
        certificationAwardIds: outcome.newCertifications.map((award) => award.id),
      };
      await repository.update({ id: completion.id }, earned);
      return { completion: Object.assign(completion, earned), enrollment, ...outcome };
    });
  }

  private async score(manager: EntityManager, module: CourseModule, answers: readonly number[] | null | undefined) {
    if (!isScored(module.kind)) {
      if (answers?.length) throw new InvalidInputError('answers', `a ${module.kind} module has no questions to answer`);
      return { score: null, passed: true, correct: null };
    }
    return scoreAnswers(await this.courses.questionsWithAnswers(module.id, manager), answers, module.passingScore ?? 100);
  }

  private async cycleFinished(manager: EntityManager, enrollmentId: string, courseId: string): Promise<boolean> {
    const [counts] = await manager.query<{ passed: number; total: number }[]>(
      `SELECT (SELECT count(*)::int FROM module_completions WHERE enrollment_id = $1 AND passed) AS passed,
              (SELECT count(*)::int FROM modules WHERE course_id = $2) AS total`,
      [enrollmentId, courseId],
    );
    return isCourseComplete(counts!.passed, counts!.total);
  }

  /**
   * Who a module's removal would affect: those who passed it, and the unfinished enrollments
   * that passed every other module (nobody passed this one, or the removal is refused anyway).
   */
  readonly removalImpact: RemovalImpactOf = async (manager, module) => {
    const [impact] = await manager.query<ModuleRemovalImpact[]>(
      `SELECT (SELECT count(DISTINCT user_id)::int FROM module_completions WHERE module_id = $1 AND passed) AS "passedBy",
              (SELECT count(*)::int FROM enrollments enrollment
                WHERE enrollment.course_id = $2 AND enrollment.completed_at IS NULL
                  AND (SELECT count(*) FROM modules WHERE course_id = $2) > 1
                  AND (SELECT count(*) FROM module_completions pass WHERE pass.enrollment_id = enrollment.id AND pass.passed)
                      >= (SELECT count(*) FROM modules WHERE course_id = $2) - 1) AS "wouldFinish"`,
      [module.id, module.courseId],
    );
    return impact!;
  };

  /** The answer an earlier attempt gave; `sameRequest` repeats what it earned, otherwise nothing is earned again. */
  private async replay(manager: EntityManager, completion: ModuleCompletion, sameRequest: boolean): Promise<CompletionOutcome> {
    const enrollment = await manager.getRepository(Enrollment).findOneByOrFail({ id: completion.enrollmentId });
    if (!sameRequest) return { completion, enrollment, pointsAwarded: 0, levelUp: null, newBadges: [], newCertifications: [] };
    return {
      completion,
      enrollment,
      pointsAwarded: completion.pointsAwarded,
      levelUp: completion.leveledUp && completion.pointsAfter !== null ? levelFor(completion.pointsAfter) : null,
      newBadges: await manager.getRepository(BadgeAward).findBy({ id: In(completion.badgeAwardIds) }),
      newCertifications: await manager.getRepository(CertificationAward).findBy({ id: In(completion.certificationAwardIds) }),
    };
  }

  /** Each learner's attempt at each module in their current cycle of the course: the pass if there is one, else the latest try. */
  readonly attemptsByLearnerModules: BatchLoad<LearnerModule, ModuleCompletion | null> = async (keys) => {
    const rows = await this.completions
      .createQueryBuilder('completion')
      .innerJoin('completion.enrollment', 'enrollment')
      .distinctOn(['completion.userId', 'completion.moduleId'])
      .where('(completion.userId, completion.moduleId) IN (SELECT * FROM unnest(CAST(:userIds AS uuid[]), CAST(:moduleIds AS uuid[])))', {
        userIds: keys.map((key) => key.userId),
        moduleIds: keys.map((key) => key.moduleId),
      })
      // The current cycle only: after retakeCourse, the earlier cycle's pass no longer counts as this cycle's.
      .andWhere(
        'enrollment.cycle = (SELECT max(latest.cycle) FROM enrollments latest WHERE latest.user_id = enrollment.user_id AND latest.course_id = enrollment.course_id)',
      )
      .orderBy('completion.userId')
      .addOrderBy('completion.moduleId')
      .addOrderBy('completion.passed', 'DESC')
      .addOrderBy('completion.completedAt', 'DESC')
      .getMany();
    const byKey = new Map(rows.map((row) => [`${row.userId}:${row.moduleId}`, row]));
    return keys.map((key) => byKey.get(`${key.userId}:${key.moduleId}`) ?? null);
  };

  /** Modules passed in each enrollment. */
  readonly passedCountsByEnrollmentIds: BatchLoad<string, number> = async (enrollmentIds) => {
    const rows = await this.completions
      .createQueryBuilder('completion')
      .select('completion.enrollmentId', 'enrollmentId')
      .addSelect('COUNT(*)::int', 'count')
      .where('completion.passed')
      .andWhere('completion.enrollmentId IN (:...enrollmentIds)', { enrollmentIds })
      .groupBy('completion.enrollmentId')
      .getRawMany<{ enrollmentId: string; count: number }>();
    const byEnrollment = new Map(rows.map((row) => [row.enrollmentId, row.count]));
    return enrollmentIds.map((id) => byEnrollment.get(id) ?? 0);
  };
}
