import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CourseStatus, MAX_COURSES, MAX_MODULES_PER_COURSE, Role } from '@laurels/domain';
import { CurrentViewer, RequireRole, SignedIn, type Viewer } from '#platform/auth';
import { IdArg, Loaders, type RequestLoaders, AtMost, PageArg, PagedBy } from '#platform/graphql';
import { CourseEditingService } from './course-editing.service.js';
import { CoursesService } from './courses.service.js';
import { CourseObject } from './dto/course.object.js';
import { CreateCourseInput } from './dto/create-course.input.js';
import { UpdateCourseInput } from './dto/update-course.input.js';
import { ModuleObject } from './dto/module.object.js';

@Resolver(() => CourseObject)
export class CourseResolver {
  constructor(
    private readonly catalog: CoursesService,
    private readonly editing: CourseEditingService,
  ) {}

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
    @Args('search', { type: () => String, nullable: true, description: 'Only courses whose title contains this, for a picker.' })
    search: string | null,
  ): Promise<CourseObject[]> {
    return (await this.catalog.list(viewer, { status: status ?? null, skill: skill ?? null, search: search ?? null }, first)).map(
      CourseObject.from,
    );
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

  @Mutation(() => CourseObject, { description: 'Managers and admins. Those who completed the course stay completed.' })
  @RequireRole(Role.MANAGER)
  async updateCourse(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateCourseInput): Promise<CourseObject> {
    return CourseObject.from(await this.editing.update(viewer, input));
  }

  @Mutation(() => CourseObject, { description: 'Moves a module to a position (0-based) within its course.' })
  @RequireRole(Role.MANAGER)
  async moveModule(
    @CurrentViewer() viewer: Viewer,
    @IdArg('moduleId') moduleId: string,
    @Args('position', { type: () => Int }) position: number,
  ): Promise<CourseObject> {
    return CourseObject.from(await this.editing.moveModule(viewer, moduleId, position));
  }

  @Mutation(() => CourseObject, { description: 'Hidden from the catalogue; progress, awards and credentials stay.' })
  @RequireRole(Role.MANAGER)
  async archiveCourse(@CurrentViewer() viewer: Viewer, @IdArg('courseId') courseId: string): Promise<CourseObject> {
    return CourseObject.from(await this.editing.archive(viewer, courseId));
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
