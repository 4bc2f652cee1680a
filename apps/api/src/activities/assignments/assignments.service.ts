import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  CourseStatus,
  InvalidInputError,
  NotFoundError,
  Role,
  assignmentStatus,
  compareAssignments,
  isOverdue,
  requireOpenForLearning,
  type AssignmentStatus,
} from '@laurels/domain';
import { DataSource, In, type EntityManager, type Repository } from 'typeorm';
import type { Viewer } from '#platform/auth';
import { Clock } from '#platform/clock';
import { CoursesService, LearningPathsService } from '#catalog/courses';
import { Enrollment, EnrollmentsService } from '#activities/learning';
import { TeamsService, User, refuseDeactivated } from '#directory/organizations';
import { Assignment } from './assignment.entity.js';

/** Who to assign to and when by; the same for a course or a whole path. */
export interface AssignmentRequest {
  readonly userIds?: string[] | null;
  readonly teamId?: string | null;
  readonly dueAt?: Date | null;
  readonly note?: string | null;
}

export interface AssignmentView {
  readonly assignment: Assignment;
  readonly status: AssignmentStatus;
  readonly overdue: boolean;
}

/** The most of a team's assignments one read lists. */
export const MAX_TEAM_ASSIGNMENTS = 2000;

/** An assignment of a course still open to learners: one primary-key look-up per assignment, whatever the catalogue holds. */
const NOT_ARCHIVED = 'NOT EXISTS (SELECT 1 FROM courses archived WHERE archived.id = assignment.course_id AND archived.status = :archived)';

/** SQL: the assignment `alias` is open, its assignee's latest enrollment in the course (enrollments_cycle) not completed. */
export const openAssignment = (alias: string) =>
  `NOT EXISTS (SELECT 1 FROM (SELECT latest.completed_at FROM enrollments latest
                WHERE latest.user_id = ${alias}.assignee_id AND latest.course_id = ${alias}.course_id
                ORDER BY latest.cycle DESC LIMIT 1) current WHERE current.completed_at IS NOT NULL)`;

@Injectable()
export class AssignmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Assignment) private readonly assignments: Repository<Assignment>,
    private readonly courses: CoursesService,
    private readonly paths: LearningPathsService,
    private readonly enrollments: EnrollmentsService,
    private readonly teams: TeamsService,
    private readonly clock: Clock,
  ) {}

  /**
   * Assigns a published course and enrolls each assignee. A manager assigns to
   * members of the teams they manage, an admin to anyone; assigning the same
   * course to the same person again moves the due date instead of duplicating.
   */
  async assignCourse(viewer: Viewer, courseId: string, request: AssignmentRequest): Promise<AssignmentView[]> {
    const course = await this.courses.get(viewer, courseId);
    requireOpenForLearning(course, 'courseId');
    const assignees = await this.assignees(viewer, request);
    const assigned = await this.dataSource.transaction((manager) => this.write(manager, viewer, [course.id], assignees, request));
    return this.view(assigned);
  }

  /** Assigns every published course of a learning path, in order, in one transaction. */
  async assignPath(viewer: Viewer, pathId: string, request: AssignmentRequest): Promise<AssignmentView[]> {
    const path = await this.paths.get(viewer, pathId);
    const [courses] = await this.paths.coursesByPathIds(false)([path.id]);
    if (!courses?.length) throw new InvalidInputError('pathId', `“${path.title}” has no published course to assign`);
    const assignees = await this.assignees(viewer, request);
    const assigned = await this.dataSource.transaction((manager) =>
      this.write(
        manager,
        viewer,
        courses.map((course) => course.id),
        assignees,
        request,
      ),
    );
    return this.view(assigned);
  }

  /**
   * Assigns these courses to people just added, inside the transaction adding
   * them, each by their own due date, and enrolls them: a few statements
   * whatever the number of people (an import adds thousands).
   */
  async assignOnArrival(
    manager: EntityManager,
    addedBy: Viewer,
    courseIds: readonly string[],
    newcomers: readonly { readonly id: string; readonly dueAt: Date }[],
  ): Promise<void> {
    if (courseIds.length === 0 || newcomers.length === 0) return;
    const pairs = courseIds.flatMap((courseId) => newcomers.map((person) => ({ courseId, ...person })));
    const params = [
      addedBy.organizationId,
      pairs.map((pair) => pair.courseId),
      pairs.map((pair) => pair.id),
      pairs.map((pair) => pair.dueAt),
    ];
    await manager.query(
      `INSERT INTO assignments (organization_id, course_id, assignee_id, assigned_by_id, due_at)
       SELECT $1, pair.course_id, pair.user_id, $5, pair.due_at
       FROM unnest($2::uuid[], $3::uuid[], $4::timestamptz[]) AS pair(course_id, user_id, due_at)
       ON CONFLICT (assignee_id, course_id) DO NOTHING`,
      [...params, addedBy.userId],
    );
    await manager.query(
      `INSERT INTO enrollments (organization_id, course_id, user_id, due_at)
       SELECT $1, pair.course_id, pair.user_id, pair.due_at
       FROM unnest($2::uuid[], $3::uuid[], $4::timestamptz[]) AS pair(course_id, user_id, due_at)
       ON CONFLICT (user_id, course_id, cycle) DO NOTHING`,
      params,
    );
  }

  /**
   * Assigns courses inside the caller's transaction (a coaching session's
   * suggested courses), so that they are written with it or not at all.
   */
  async assignCoursesWithin(manager: EntityManager, viewer: Viewer, courseIds: string[], request: AssignmentRequest): Promise<void> {
    if (courseIds.length === 0) return;
    for (const courseId of courseIds) requireOpenForLearning(await this.courses.get(viewer, courseId), 'courseIds');
    await this.write(manager, viewer, courseIds, await this.assignees(viewer, request), request);
  }

  /** An archived course can no longer be taken: its assignments leave the lists, while what was completed stays on record. */
  async mine(viewer: Viewer): Promise<AssignmentView[]> {
    const rows = await this.assignments
      .createQueryBuilder('assignment')
      .where('assignment.assigneeId = :assigneeId', { assigneeId: viewer.userId })
      .andWhere(NOT_ARCHIVED, { archived: CourseStatus.ARCHIVED })
      .getMany();
    return this.sorted(await this.view(rows));
  }

  /** The assignments of a team's current members, for its manager or an admin. */
  async ofTeam(viewer: Viewer, teamId: string, first: number, open = false): Promise<AssignmentView[]> {
    await this.teams.managed(viewer, teamId);
    const query = this.assignments
      .createQueryBuilder('assignment')
      .innerJoin(User, 'assignee', 'assignee.id = assignment.assigneeId')
      .where('assignee.teamId = :teamId', { teamId })
      .andWhere(NOT_ARCHIVED, { archived: CourseStatus.ARCHIVED });
    if (open) query.andWhere(openAssignment('assignment'));
    const rows = await query
      // The soonest due come first, so the overdue ones are always on the page.
      .orderBy('assignment.dueAt', 'ASC', 'NULLS LAST')
      .addOrderBy('assignment.createdAt', 'ASC')
      .addOrderBy('assignment.id', 'ASC')
      .limit(first)
      .getMany();
    return this.sorted(await this.view(rows));
  }

  private async assignees(viewer: Viewer, request: AssignmentRequest): Promise<User[]> {
    const userIds = request.userIds ?? [];
    if (userIds.length === 0 && !request.teamId) throw new InvalidInputError('userIds', 'name the people, a team, or both');
    if (request.dueAt && request.dueAt.getTime() <= this.clock.now().getTime())
      throw new InvalidInputError('dueAt', 'dueAt must be in the future');
    const users = new Map<string, User>();
    if (request.teamId) {
      const team = await this.teams.managed(viewer, request.teamId);
      // Every current active member but the one assigning: a manager who belongs to the team does not assign to themselves.
      for (const member of await this.dataSource.getRepository(User).findBy({ teamId: team.id, active: true })) {
        if (member.id !== viewer.userId) users.set(member.id, member);
      }
    }
    if (userIds.length > 0) {
      const found = await this.dataSource.getRepository(User).findBy({ id: In(userIds), organizationId: viewer.organizationId });
      const missing = userIds.find((id) => !found.some((user) => user.id === id));
      if (missing) throw new NotFoundError('User', missing);
      refuseDeactivated(found, 'userIds');
      const managed = await this.teams.managedTeamIds(viewer);
      for (const user of found) {
        await this.teams.checkManagesMember(viewer, user, managed);
        users.set(user.id, user);
      }
    }
    if (users.size === 0) throw new InvalidInputError('teamId', 'the team has no members to assign to');
    // In id order, as write() takes its row locks: two requests assigning the same people queue instead of deadlocking.
    return [...users.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  private async write(
    manager: EntityManager,
    viewer: Viewer,
    courseIds: string[],
    assignees: User[],
    request: AssignmentRequest,
  ): Promise<Assignment[]> {
    for (const courseId of [...courseIds].sort()) {
      for (const assignee of assignees) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(Assignment)
          .values({
            organizationId: viewer.organizationId,
            courseId,
            assigneeId: assignee.id,
            assignedById: viewer.userId,
            dueAt: request.dueAt ?? null,
            note: request.note || null,
          })
          .orUpdate(['due_at', 'note', 'assigned_by_id', 'updated_at'], ['assignee_id', 'course_id'])
          .execute();
        const enrollment = await this.enrollments.ensure(
          manager,
          { userId: assignee.id, organizationId: viewer.organizationId, role: Role.EMPLOYEE },
          courseId,
        );
        await manager.getRepository(Enrollment).update(enrollment.id, { dueAt: request.dueAt ?? null });
      }
    }
    return manager.getRepository(Assignment).findBy({ courseId: In(courseIds), assigneeId: In(assignees.map((assignee) => assignee.id)) });
  }

  /** Status and overdue for each assignment, from the assignee's current enrollment. */
  private async view(assignments: Assignment[]): Promise<AssignmentView[]> {
    if (assignments.length === 0) return [];
    const enrollments = await this.enrollments.byLearnerCourses(
      assignments.map((assignment) => ({ userId: assignment.assigneeId, courseId: assignment.courseId })),
    );
    const now = this.clock.now();
    return assignments.map((assignment, index) => {
      const enrollment = enrollments[index];
      const status = assignmentStatus(enrollment?.completedAt ? 'COMPLETED' : enrollment?.startedAt ? 'IN_PROGRESS' : null);
      return { assignment, status, overdue: isOverdue(status, assignment.dueAt, now) };
    });
  }

  private sorted(views: AssignmentView[]): AssignmentView[] {
    return views.sort((a, b) => compareAssignments({ ...a, ...a.assignment }, { ...b, ...b.assignment }));
  }
}
