import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { InvalidInputError, onboardingDaysProblem, onboardingDueAt } from '@laurels/domain';
import { In, type EntityManager, type Repository } from 'typeorm';
import type { Viewer } from '#platform/auth';
import { Clock } from '#platform/clock';
import { indexBy, type BatchLoad } from '#platform/graphql';
import { LearningPathsService } from '#catalog/courses';
import { Newcomers, OrganizationsService, type Newcomer, type Organization } from '#directory/organizations';
import { AssignmentsService } from '#activities/assignments';
import { OnboardingSetting } from './onboarding-setting.entity.js';

/**
 * Onboarding from day one: the path an admin chooses is assigned to each
 * person the organisation adds from then on, in the transaction adding them.
 * Changing it later leaves those already onboarded as they are.
 */
@Injectable()
export class OnboardingService {
  constructor(
    @InjectRepository(OnboardingSetting) private readonly settings: Repository<OnboardingSetting>,
    private readonly organizations: OrganizationsService,
    private readonly paths: LearningPathsService,
    private readonly assignments: AssignmentsService,
    newcomers: Newcomers,
    private readonly clock: Clock,
  ) {
    // Listening from construction, not from a lifecycle hook: the demo seed adds people before the application starts listening.
    newcomers.listen((manager, addedBy, people) => this.onboard(manager, addedBy, people));
  }

  /** Sets the path and the days new hires have for it; a null path turns onboarding off. */
  async setPath(viewer: Viewer, pathId: string | null, dueDays: number | null): Promise<Organization> {
    if (pathId === null) {
      await this.settings.delete({ organizationId: viewer.organizationId });
    } else {
      const problem = onboardingDaysProblem(dueDays);
      if (problem) throw new InvalidInputError('dueDays', problem);
      const path = await this.paths.get(viewer, pathId);
      const [courses] = await this.paths.coursesByPathIds(false)([path.id]);
      if (!courses?.length) throw new InvalidInputError('pathId', `“${path.title}” has no published course for new hires to take`);
      await this.settings.upsert({ organizationId: viewer.organizationId, pathId: path.id, dueDays: dueDays! }, ['organizationId']);
    }
    return this.organizations.get(viewer.organizationId);
  }

  readonly byOrganizationIds: BatchLoad<string, OnboardingSetting | null> = async (ids) =>
    indexBy(
      ids,
      await this.settings.find({ where: { organizationId: In([...ids]) }, relations: { path: true } }),
      (setting) => setting.organizationId,
    );

  /** Assigns the organisation's onboarding path, if it has one, to people it just added. */
  private async onboard(manager: EntityManager, addedBy: Viewer, people: readonly Newcomer[]): Promise<void> {
    // The path's published courses as they are now, in its order, with the days new hires have: no rows when onboarding is off.
    const courses: { id: string; due_days: number }[] = await manager.query(
      `SELECT course.id, setting.due_days FROM onboarding_settings setting
       JOIN learning_path_courses link ON link.path_id = setting.path_id
       JOIN courses course ON course.id = link.course_id AND course.status = 'PUBLISHED'
       WHERE setting.organization_id = $1 ORDER BY link.position`,
      [addedBy.organizationId],
    );
    if (courses.length === 0) return;
    const dueDays = courses[0]!.due_days;
    const now = this.clock.now();
    await this.assignments.assignOnArrival(
      manager,
      addedBy,
      courses.map((course) => course.id),
      people.map((person) => ({ id: person.id, dueAt: onboardingDueAt(person.startedAt, now, dueDays) })),
    );
  }
}
