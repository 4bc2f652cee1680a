import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { hasRole, MAX_LEARNING_PATHS, MAX_PATH_COURSES, Role } from '@laurels/domain';
import { CurrentViewer, RequireRole, SignedIn, type Viewer } from '#platform/auth';
import { Loaders, type RequestLoaders, AtMost } from '#platform/graphql';
import { CourseObject } from './dto/course.object.js';
import { CreateLearningPathInput } from './dto/create-learning-path.input.js';
import { UpdateLearningPathInput } from './dto/update-learning-path.input.js';
import { LearningPathObject } from './dto/learning-path.object.js';
import { LearningPathsService } from './learning-paths.service.js';

@Resolver(() => LearningPathObject)
export class LearningPathResolver {
  constructor(private readonly paths: LearningPathsService) {}

  @Query(() => [LearningPathObject])
  @AtMost(MAX_LEARNING_PATHS)
  @SignedIn()
  async learningPaths(@CurrentViewer() viewer: Viewer): Promise<LearningPathObject[]> {
    return (await this.paths.list(viewer)).map(LearningPathObject.from);
  }

  @Mutation(() => LearningPathObject, { description: 'Managers and admins.' })
  @RequireRole(Role.MANAGER)
  async createLearningPath(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateLearningPathInput): Promise<LearningPathObject> {
    return LearningPathObject.from(await this.paths.create(viewer, input));
  }

  @Mutation(() => LearningPathObject, { description: 'Managers and admins. courseIds, when given, is the whole new list in order.' })
  @RequireRole(Role.MANAGER)
  async updateLearningPath(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateLearningPathInput): Promise<LearningPathObject> {
    return LearningPathObject.from(await this.paths.update(viewer, input));
  }

  @ResolveField(() => [CourseObject], { description: 'In order. Learners see the published ones.' })
  @AtMost(MAX_PATH_COURSES)
  async courses(
    @Parent() path: LearningPathObject,
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
  ): Promise<CourseObject[]> {
    const batch = this.paths.coursesByPathIds(hasRole(viewer.role, Role.MANAGER));
    return (await loaders.get(batch).load(path.id)).map(CourseObject.from);
  }
}
