import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { MAX_ASSIGNEES, MAX_COURSES, MAX_NUDGE_ASSIGNMENTS, NotFoundError, Role } from '@laurels/domain';
import { CurrentViewer, RequireRole, SignedIn, type Viewer } from '#platform/auth';
import { IdArg, IdListArg, Loaders, type RequestLoaders, AtMost, PageArg, PagedBy } from '#platform/graphql';
import { CoursesService, CourseObject } from '#catalog/courses';
import { UserObject, UsersService } from '#directory/organizations';
import { AssignmentsService, MAX_TEAM_ASSIGNMENTS } from './assignments.service.js';
import { AssignCourseInput, AssignLearningPathInput } from './dto/assign-course.input.js';
import { AssignmentObject } from './dto/assignment.object.js';
import { NudgesService } from './nudges.service.js';

@Resolver(() => AssignmentObject)
export class AssignmentResolver {
  constructor(
    private readonly assignments: AssignmentsService,
    private readonly courses: CoursesService,
    private readonly users: UsersService,
    private readonly nudges: NudgesService,
  ) {}

  @Mutation(() => Int, {
    description: `Managers: a reminder to the people of these assignments (at most ${MAX_NUDGE_ASSIGNMENTS}) who have not completed them, at most one a day each; returns how many were nudged.`,
  })
  @RequireRole(Role.MANAGER)
  nudge(
    @CurrentViewer() viewer: Viewer,
    @IdListArg('assignmentIds', MAX_NUDGE_ASSIGNMENTS, { required: true }) assignmentIds: string[],
    @Args('message', { type: () => String, nullable: true }) message: string | null,
  ): Promise<number> {
    return this.nudges.nudge(viewer, assignmentIds, message);
  }

  @Mutation(() => [AssignmentObject], {
    description: 'Managers assign to members of their teams, admins to anyone. Assigning again moves the due date.',
  })
  @AtMost(MAX_ASSIGNEES)
  @RequireRole(Role.MANAGER)
  async assignCourse(@CurrentViewer() viewer: Viewer, @Args('input') input: AssignCourseInput): Promise<AssignmentObject[]> {
    return (await this.assignments.assignCourse(viewer, input.courseId, input)).map(AssignmentObject.from);
  }

  @Mutation(() => [AssignmentObject], { description: 'Assigns every published course of a learning path.' })
  // One per person and published course of the path: counted per person, as a path is a few courses;
  // a mutation's own writes (and its rate limit) bound what it costs more than reading them back.
  @AtMost(MAX_ASSIGNEES)
  @RequireRole(Role.MANAGER)
  async assignLearningPath(@CurrentViewer() viewer: Viewer, @Args('input') input: AssignLearningPathInput): Promise<AssignmentObject[]> {
    return (await this.assignments.assignPath(viewer, input.pathId, input)).map(AssignmentObject.from);
  }

  @Query(() => [AssignmentObject], { description: 'The signed-in user’s assignments: overdue first, then by due date.' })
  @AtMost(MAX_COURSES)
  @SignedIn()
  async myAssignments(@CurrentViewer() viewer: Viewer): Promise<AssignmentObject[]> {
    return (await this.assignments.mine(viewer)).map(AssignmentObject.from);
  }

  @Query(() => [AssignmentObject], {
    description:
      'For a manager: assignments of their team(s); for an admin: any team. The first `first` by due date (undated last), then overdue first.',
  })
  @RequireRole(Role.MANAGER)
  @PagedBy(MAX_TEAM_ASSIGNMENTS)
  async teamAssignments(
    @CurrentViewer() viewer: Viewer,
    @IdArg('teamId') teamId: string,
    @PageArg(500, MAX_TEAM_ASSIGNMENTS) first: number,
    @Args('open', { type: () => Boolean, defaultValue: false, description: 'Only those not completed yet.' }) open: boolean,
  ): Promise<AssignmentObject[]> {
    return (await this.assignments.ofTeam(viewer, teamId, first, open)).map(AssignmentObject.from);
  }

  @ResolveField(() => CourseObject)
  async course(@Parent() assignment: AssignmentObject, @Loaders() loaders: RequestLoaders): Promise<CourseObject> {
    const course = await loaders.get(this.courses.byIds).load(assignment.courseId);
    if (!course) throw new NotFoundError('Course', assignment.courseId);
    return CourseObject.from(course);
  }

  @ResolveField(() => UserObject)
  async assignee(@Parent() assignment: AssignmentObject, @Loaders() loaders: RequestLoaders): Promise<UserObject> {
    const user = await loaders.get(this.users.byIds).load(assignment.assigneeId);
    if (!user) throw new NotFoundError('User', assignment.assigneeId);
    return UserObject.from(user);
  }

  @ResolveField(() => UserObject, { description: 'Who assigned it; the assignment stays if they leave.' })
  async assignedBy(@Parent() assignment: AssignmentObject, @Loaders() loaders: RequestLoaders): Promise<UserObject> {
    const user = assignment.assignedById ? await loaders.get(this.users.byIds).load(assignment.assignedById) : null;
    if (!user) throw new NotFoundError('User', assignment.assignedById ?? 'unknown');
    return UserObject.from(user);
  }
}
