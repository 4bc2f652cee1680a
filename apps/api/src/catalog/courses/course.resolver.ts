import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CourseStatus, MAX_COURSES, MAX_MODULES_PER_COURSE, Role } from '@laurels/domain';
import { CurrentViewer, RequireRole, SignedIn, type Viewer } from '#platform/auth';
import { IdArg, Loaders, type RequestLoaders, AtMost, PageArg, PagedBy } from '#platform/graphql';
import { CoursesService } from './courses.service.js';
import { CourseObject } from './dto/course.object.js';
import { CreateCourseInput } from './dto/create-course.input.js';
import { ModuleObject } from './dto/module.object.js';

@Resolver(() => CourseObject)
export class CourseResolver {
  constructor(private readonly catalog: CoursesService) {}

  @Query(() => [CourseObject], {
    description:
      'The catalogue by title, the whole of it unless first asks for fewer. Learners see published courses; managers and admins drafts too, unless a status is given.',
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
}
