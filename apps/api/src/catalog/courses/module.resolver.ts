import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { MAX_QUESTIONS, NotFoundError, Role } from '@laurels/domain';
import { CurrentViewer, RequireRole, SignedIn, type Viewer } from '#platform/auth';
import { IdArg, Loaders, type RequestLoaders, AtMost } from '#platform/graphql';
import { CoursesService } from './courses.service.js';
import { AddModuleInput } from './dto/add-module.input.js';
import { CourseObject } from './dto/course.object.js';
import { ModuleObject } from './dto/module.object.js';
import { QuizQuestionObject } from './dto/quiz-question.object.js';

@Resolver(() => ModuleObject)
export class ModuleResolver {
  constructor(private readonly courses: CoursesService) {}

  @Query(() => ModuleObject, { nullable: true, description: 'One module of a course the viewer may see, to read or answer it.' })
  @SignedIn()
  async module(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<ModuleObject> {
    return ModuleObject.from(await this.courses.getModule(viewer, id));
  }

  @Mutation(() => ModuleObject, { description: 'Managers and admins. Appends a module to a draft course.' })
  @RequireRole(Role.MANAGER)
  async addModule(@CurrentViewer() viewer: Viewer, @Args('input') input: AddModuleInput): Promise<ModuleObject> {
    return ModuleObject.from(await this.courses.addModule(viewer, input));
  }

  @ResolveField(() => CourseObject)
  async course(@Parent() module: ModuleObject, @Loaders() loaders: RequestLoaders): Promise<CourseObject> {
    const course = await loaders.get(this.courses.byIds).load(module.courseId);
    if (!course) throw new NotFoundError('Course', module.courseId);
    return CourseObject.from(course);
  }

  @ResolveField(() => [QuizQuestionObject], { description: 'Questions without their answers.' })
  @AtMost(MAX_QUESTIONS)
  async questions(@Parent() module: ModuleObject, @Loaders() loaders: RequestLoaders): Promise<QuizQuestionObject[]> {
    return (await loaders.get(this.courses.questionsByModuleIds).load(module.id)).map(QuizQuestionObject.from);
  }
}
