import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { MAX_COURSES, MAX_MODULES_PER_COURSE, Role } from '@laurels/domain';
import { CurrentViewer, RequireRole, SignedIn } from '../common/auth/access.decorators.js';
import type { Viewer } from '../common/auth/viewer.js';
import { IdArg } from '../common/graphql/ids.js';
import { Loaders, type RequestLoaders } from '../common/graphql/request-loaders.js';
import { CourseStatus } from './course.entity.js';
import { CoursesService } from './courses.service.js';
import { CourseObject } from './dto/course.object.js';
import { CreateCourseInput } from './dto/create-course.input.js';
import { EnrollmentObject } from './dto/enrollment.object.js';
import { ModuleObject } from './dto/module.object.js';
import { EnrollmentsService, learnerCourseKey } from './enrollments.service.js';
import { AtMost, PageArg, PagedBy } from '../common/graphql/list-size.js';

@Resolver(() => CourseObject)
export class CourseResolver {
  constructor(
    private readonly catalog: CoursesService,
    private readonly enrollments: EnrollmentsService,
  ) {}

  @Query(() => [CourseObject], {
    description: 'The catalogue by title, the whole of it unless first asks for fewer. Learners see published courses; managers and admins drafts too, unless a status is given.',
  })
  @SignedIn()
  @PagedBy(MAX_COURSES)
  async courses(
    @CurrentViewer() viewer: Viewer,
    @Args('status', { type: () => CourseStatus, nullable: true }) status: CourseStatus | null,
    @Args('skill', { type: () => String, nullable: true }) skill: string | null,
    @PageArg(MAX_COURSES, MAX_COURSES) first: number,
  ): Promise<CourseObject[]> {
    return (await this.catalog.list(viewer, status ?? null, skill ?? null, first)).map(CourseObject.from);
  }

  @Query(() => CourseObject, { nullable: true })
  @SignedIn()
  async course(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<CourseObject> {
    return CourseObject.from(await this.catalog.get(viewer, id));
  }

  @Mutation(() => CourseObject, { description: 'Managers and admins. The course starts as a DRAFT.' })
  @RequireRole(Role.MANAGER)
  async createCourse(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateCourseInput): Promise<CourseObject> {
    return CourseObject.from(await this.catalog.create(viewer, input));
  }

  @Mutation(() => CourseObject, { description: 'Managers and admins. Makes a draft with at least one module visible to learners.' })
  @RequireRole(Role.MANAGER)
  async publishCourse(@CurrentViewer() viewer: Viewer, @IdArg('courseId') courseId: string): Promise<CourseObject> {
    return CourseObject.from(await this.catalog.publish(viewer, courseId));
  }

  @ResolveField(() => [ModuleObject])
  @AtMost(MAX_MODULES_PER_COURSE)
  async modules(@Parent() course: CourseObject, @Loaders() loaders: RequestLoaders): Promise<ModuleObject[]> {
    return (await loaders.get(this.catalog.modulesByCourseIds).load(course.id)).map(ModuleObject.from);
  }

  @ResolveField(() => Int, { description: 'How many modules the course has: what a card shows, without reading them.' })
  moduleCount(@Parent() course: CourseObject, @Loaders() loaders: RequestLoaders): Promise<number> {
    return loaders.get(this.catalog.moduleCountsByCourseIds).load(course.id);
  }

  @ResolveField(() => EnrollmentObject, { nullable: true, description: "The signed-in user's enrollment, if any." })
  async myEnrollment(
    @Parent() course: CourseObject,
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
  ): Promise<EnrollmentObject | null> {
    const enrollment = await loaders.get(this.enrollments.byLearnerCourses, learnerCourseKey).load({ userId: viewer.userId, courseId: course.id });
    return enrollment && EnrollmentObject.from(enrollment);
  }
}
