import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@laurels/domain';
import { CurrentViewer, RequireRole, SignedIn, type Viewer } from '#platform/auth';
import { AtMost, IdArg, Loaders, OptionalIdArg, PageArg, PagedBy, type RequestLoaders } from '#platform/graphql';
import { UserObject, UsersService } from '#directory/organizations';
import { CourseObject, CoursesService } from '#catalog/courses';
import { CustomerFeedbackObject } from '#activities/feedback';
import { MAX_COACHING_COURSES, MAX_COACHING_FEEDBACK } from '@laurels/domain';
import { CoachingSessionObject, CreateCoachingSessionInput } from './dto/coaching-session.object.js';
import { CoachingService, MAX_COACHING_SESSIONS, MAX_NEEDS_COACHING, NEEDS_COACHING_DAYS } from './coaching.service.js';

@Resolver(() => CoachingSessionObject)
export class CoachingResolver {
  constructor(
    private readonly coaching: CoachingService,
    private readonly users: UsersService,
    private readonly catalogue: CoursesService,
  ) {}

  @Query(() => [CoachingSessionObject], {
    description: `The latest ${MAX_COACHING_SESSIONS} coaching sessions of a person or a team (a manager sees those they coach, an admin all), or the viewer’s own as employee or coach.`,
  })
  @AtMost(MAX_COACHING_SESSIONS)
  @SignedIn()
  async coachingSessions(
    @CurrentViewer() viewer: Viewer,
    @OptionalIdArg('teamId') teamId: string | null,
    @OptionalIdArg('userId') userId: string | null,
  ): Promise<CoachingSessionObject[]> {
    return (await this.coaching.list(viewer, { teamId, userId })).map(CoachingSessionObject.from);
  }

  @Query(() => [CustomerFeedbackObject], {
    description: `Managers: the team’s low ratings (CSAT ≤ 2 or NPS ≤ 6) of the last ${NEEDS_COACHING_DAYS} days that no coaching session is about yet, newest first.`,
  })
  @PagedBy(MAX_NEEDS_COACHING)
  @RequireRole(Role.MANAGER)
  async needsCoaching(
    @CurrentViewer() viewer: Viewer,
    @IdArg('teamId') teamId: string,
    @PageArg(20, MAX_NEEDS_COACHING) first: number,
  ): Promise<CustomerFeedbackObject[]> {
    return (await this.coaching.needsCoaching(viewer, teamId, first)).map(CustomerFeedbackObject.from);
  }

  @Mutation(() => CoachingSessionObject, {
    description:
      'A manager of the employee’s team, or an admin, opens a session about their low rating; the suggested courses are assigned.',
  })
  @RequireRole(Role.MANAGER)
  async createCoachingSession(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateCoachingSessionInput,
  ): Promise<CoachingSessionObject> {
    return CoachingSessionObject.from(await this.coaching.create(viewer, input));
  }

  @Mutation(() => CoachingSessionObject, { description: 'The person coached acknowledges the session.' })
  @SignedIn()
  async acknowledgeCoachingSession(@CurrentViewer() viewer: Viewer, @IdArg('sessionId') sessionId: string): Promise<CoachingSessionObject> {
    return CoachingSessionObject.from(await this.coaching.acknowledge(viewer, sessionId));
  }

  @Mutation(() => CoachingSessionObject, { description: 'The coach (or an admin) completes the session.' })
  @RequireRole(Role.MANAGER)
  async completeCoachingSession(@CurrentViewer() viewer: Viewer, @IdArg('sessionId') sessionId: string): Promise<CoachingSessionObject> {
    return CoachingSessionObject.from(await this.coaching.complete(viewer, sessionId));
  }

  @ResolveField(() => UserObject)
  async employee(@Parent() session: CoachingSessionObject, @Loaders() loaders: RequestLoaders): Promise<UserObject> {
    return UserObject.from((await loaders.get(this.users.byIds).load(session.employeeId))!);
  }

  @ResolveField(() => UserObject)
  async coach(@Parent() session: CoachingSessionObject, @Loaders() loaders: RequestLoaders): Promise<UserObject> {
    return UserObject.from((await loaders.get(this.users.byIds).load(session.coachId))!);
  }

  @ResolveField(() => [CustomerFeedbackObject])
  @AtMost(MAX_COACHING_FEEDBACK)
  async feedback(@Parent() session: CoachingSessionObject, @Loaders() loaders: RequestLoaders): Promise<CustomerFeedbackObject[]> {
    return (await loaders.get(this.coaching.feedbackBySessions).load(session.id)).map(CustomerFeedbackObject.from);
  }

  @ResolveField(() => [CourseObject])
  @AtMost(MAX_COACHING_COURSES)
  async courses(@Parent() session: CoachingSessionObject, @Loaders() loaders: RequestLoaders): Promise<CourseObject[]> {
    const courses = await loaders.get(this.catalogue.byIds).loadMany(session.courseIds);
    return courses.flatMap((course) => (course && !(course instanceof Error) ? [CourseObject.from(course)] : []));
  }
}
