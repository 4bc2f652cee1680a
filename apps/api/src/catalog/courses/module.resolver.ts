import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { MAX_QUESTIONS, NotFoundError, Role } from '@laurels/domain';
import { CurrentViewer, RequireRole, SignedIn, type Viewer } from '#platform/auth';
import { IdArg, Loaders, type RequestLoaders, AtMost } from '#platform/graphql';
import { CoursesService } from './courses.service.js';
import { CourseEditingService } from './course-editing.service.js';
import { AddModuleInput } from './dto/add-module.input.js';
import { AuthoredQuestionObject } from './dto/authored-question.object.js';
import { UpdateModuleInput } from './dto/update-module.input.js';
import { CourseObject } from './dto/course.object.js';
import { ModuleObject } from './dto/module.object.js';
import { QuizQuestionObject } from './dto/quiz-question.object.js';

@Resolver(() => ModuleObject)
export class ModuleResolver {
  constructor(
    private readonly courses: CoursesService,
    private readonly editing: CourseEditingService,
  ) {}

  @Query(() => ModuleObject, { nullable: true, description: 'One module of a course the viewer may see, to read or answer it.' })
  @SignedIn()
  async module(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<ModuleObject> {
    return ModuleObject.from(await this.courses.getModule(viewer, id));
  }

  @Query(() => [AuthoredQuestionObject], {
    description: 'Managers and admins: the questions of a module with their right answers, to edit them.',
  })
  @RequireRole(Role.MANAGER)
  @AtMost(MAX_QUESTIONS)
  async answerKey(@CurrentViewer() viewer: Viewer, @IdArg('moduleId') moduleId: string): Promise<AuthoredQuestionObject[]> {
    const module = await this.courses.getModule(viewer, moduleId);
    return (await this.courses.questionsWithAnswers(module.id)).map(AuthoredQuestionObject.from);
  }

  @Mutation(() => ModuleObject, {
    description: 'Managers and admins. Appends a module to a draft or published course; those who completed it stay completed.',
  })
  @RequireRole(Role.MANAGER)
  async addModule(@CurrentViewer() viewer: Viewer, @Args('input') input: AddModuleInput): Promise<ModuleObject> {
    return ModuleObject.from(await this.courses.addModule(viewer, input));
  }

  @Mutation(() => ModuleObject, { description: 'Managers and admins. Past passes stay passed whatever changes.' })
  @RequireRole(Role.MANAGER)
  async updateModule(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateModuleInput): Promise<ModuleObject> {
    return ModuleObject.from(await this.editing.updateModule(viewer, input));
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
