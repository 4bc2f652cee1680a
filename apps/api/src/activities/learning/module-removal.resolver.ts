import { Mutation, Resolver } from '@nestjs/graphql';
import { Role } from '@laurels/domain';
import { CurrentViewer, RequireRole, type Viewer } from '#platform/auth';
import { IdArg } from '#platform/graphql';
import { CourseEditingService, CourseObject } from '#catalog/courses';
import { CompletionsService } from './completions.service.js';

/** Removing a module lives here because whether it may go depends on who passed what. */
@Resolver()
export class ModuleRemovalResolver {
  constructor(
    private readonly editing: CourseEditingService,
    private readonly completions: CompletionsService,
  ) {}

  @Mutation(() => CourseObject, { description: 'Only while nobody has completed it; otherwise archive the course.' })
  @RequireRole(Role.MANAGER)
  async removeModule(@CurrentViewer() viewer: Viewer, @IdArg('moduleId') moduleId: string): Promise<CourseObject> {
    return CourseObject.from(await this.editing.removeModule(viewer, moduleId, this.completions.removalImpact));
  }
}
