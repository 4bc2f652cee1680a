import { Float, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { courseProgress, enrollmentStatus, EnrollmentStatus, MAX_COURSES, NotFoundError } from '@laurels/domain';
import { CurrentViewer, SignedIn, type Viewer } from '#platform/auth';
import { IdArg, Loaders, type RequestLoaders, AtMost } from '#platform/graphql';
import { UserObject, UsersService } from '#directory/organizations';
import { CompletionsService } from './completions.service.js';
import { CoursesService, CourseObject } from '#catalog/courses';
import { EnrollmentObject } from './dto/enrollment.object.js';
import { EnrollmentsService } from './enrollments.service.js';

@Resolver(() => EnrollmentObject)
export class EnrollmentResolver {
  constructor(
    private readonly enrollments: EnrollmentsService,
    private readonly completions: CompletionsService,
    private readonly courses: CoursesService,
    private readonly users: UsersService,
  ) {}

  @Mutation(() => EnrollmentObject, { description: 'Starts a published course; enrolling twice returns the same enrollment.' })
  @SignedIn()
  async enroll(@CurrentViewer() viewer: Viewer, @IdArg('courseId') courseId: string): Promise<EnrollmentObject> {
    return EnrollmentObject.from(await this.enrollments.enroll(viewer, courseId));
  }

  @Mutation(() => EnrollmentObject, {
    description: 'Takes a completed course again (a new cycle), to renew a certification or to practise. Points are not awarded twice.',
  })
  @SignedIn()
  async retakeCourse(@CurrentViewer() viewer: Viewer, @IdArg('courseId') courseId: string): Promise<EnrollmentObject> {
    return EnrollmentObject.from(await this.enrollments.retake(viewer, courseId));
  }

  @Query(() => [EnrollmentObject], { description: 'The signed-in user’s courses: unfinished first, most recent first.' })
  @AtMost(MAX_COURSES)
  @SignedIn()
  async myEnrollments(@CurrentViewer() viewer: Viewer): Promise<EnrollmentObject[]> {
    return (await this.enrollments.mine(viewer)).map(EnrollmentObject.from);
  }

  @ResolveField(() => UserObject)
  async user(@Parent() enrollment: EnrollmentObject, @Loaders() loaders: RequestLoaders): Promise<UserObject> {
    const user = await loaders.get(this.users.byIds).load(enrollment.userId);
    if (!user) throw new NotFoundError('User', enrollment.userId);
    return UserObject.from(user);
  }

  @ResolveField(() => CourseObject)
  async course(@Parent() enrollment: EnrollmentObject, @Loaders() loaders: RequestLoaders): Promise<CourseObject> {
    const course = await loaders.get(this.courses.byIds).load(enrollment.courseId);
    if (!course) throw new NotFoundError('Course', enrollment.courseId);
    return CourseObject.from(course);
  }

  @ResolveField(() => EnrollmentStatus)
  async status(@Parent() enrollment: EnrollmentObject, @Loaders() loaders: RequestLoaders): Promise<EnrollmentStatus> {
    if (enrollment.completedAt) return EnrollmentStatus.COMPLETED;
    const [passed, total] = await this.counts(enrollment, loaders);
    return enrollmentStatus(passed, total);
  }

  @ResolveField(() => Float, { description: "0..1 share of the course's modules passed." })
  async progress(@Parent() enrollment: EnrollmentObject, @Loaders() loaders: RequestLoaders): Promise<number> {
    if (enrollment.completedAt) return 1;
    const [passed, total] = await this.counts(enrollment, loaders);
    return courseProgress(passed, total);
  }

  private counts(enrollment: EnrollmentObject, loaders: RequestLoaders): Promise<[number, number]> {
    return Promise.all([
      loaders.get(this.completions.passedCountsByEnrollmentIds).load(enrollment.id),
      loaders.get(this.courses.moduleCountsByCourseIds).load(enrollment.courseId),
    ]);
  }
}
