import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CourseObject, ModuleObject } from '#catalog/courses';
import { CurrentViewer, type Viewer } from '#platform/auth';
import { Loaders, type RequestLoaders } from '#platform/graphql';
import { CompletionsService, type LearnerModule } from './completions.service.js';
import { EnrollmentObject } from './dto/enrollment.object.js';
import { ModuleCompletionObject } from './dto/module-completion.object.js';
import { EnrollmentsService, learnerCourseKey } from './enrollments.service.js';

const learnerModuleKey = (key: LearnerModule) => `${key.userId}:${key.moduleId}`;

/** What learning adds to a course: the viewer's enrollment. */
@Resolver(() => CourseObject)
export class LearnerCourseResolver {
  constructor(private readonly enrollments: EnrollmentsService) {}

  @ResolveField(() => EnrollmentObject, { nullable: true, description: "The signed-in user's enrollment, if any." })
  async myEnrollment(
    @Parent() course: CourseObject,
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
  ): Promise<EnrollmentObject | null> {
    const enrollment = await loaders
      .get(this.enrollments.byLearnerCourses, learnerCourseKey)
      .load({ userId: viewer.userId, courseId: course.id });
    return enrollment && EnrollmentObject.from(enrollment);
  }
}

/** What learning adds to a module: the viewer's attempt. */
@Resolver(() => ModuleObject)
export class LearnerModuleResolver {
  constructor(private readonly completions: CompletionsService) {}

  @ResolveField(() => ModuleCompletionObject, {
    nullable: true,
    description:
      "The signed-in user's attempt in their current cycle of the course (retakeCourse starts a blank one): the pass if there is one, else the latest try.",
  })
  async myCompletion(
    @Parent() module: ModuleObject,
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ModuleCompletionObject | null> {
    const attempt = await loaders
      .get(this.completions.attemptsByLearnerModules, learnerModuleKey)
      .load({ userId: viewer.userId, moduleId: module.id });
    return attempt && ModuleCompletionObject.from(attempt);
  }
}
