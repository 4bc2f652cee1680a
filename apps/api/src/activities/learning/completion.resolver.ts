import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { MAX_QUESTIONS, NotFoundError } from '@laurels/domain';
import { BadgeAwardObject, CertificationAwardObject } from '#achievements/awards';
import { CurrentViewer, SignedIn, type Viewer } from '#platform/auth';
import { Loaders, type RequestLoaders, AtMost } from '#platform/graphql';
import { LevelObject } from '#directory/organizations';
import { CompletionsService } from './completions.service.js';
import { CoursesService, ModuleObject } from '#catalog/courses';
import { CompleteModuleInput } from './dto/complete-module.input.js';
import { CompleteModulePayload } from './dto/complete-module.payload.js';
import { EnrollmentObject } from './dto/enrollment.object.js';
import { AnswerFeedbackObject, ModuleCompletionObject } from './dto/module-completion.object.js';

@Resolver(() => ModuleCompletionObject)
export class CompletionResolver {
  constructor(
    private readonly completions: CompletionsService,
    private readonly courses: CoursesService,
  ) {}

  @Mutation(() => CompleteModulePayload, {
    description: 'Submits a module: lessons pass as read, quizzes and scenarios are scored here. Safe to retry.',
  })
  @SignedIn()
  async completeModule(@CurrentViewer() viewer: Viewer, @Args('input') input: CompleteModuleInput): Promise<CompleteModulePayload> {
    const outcome = await this.completions.complete(viewer, input);
    return Object.assign(new CompleteModulePayload(), {
      completion: ModuleCompletionObject.from(outcome.completion),
      enrollment: EnrollmentObject.from(outcome.enrollment),
      pointsAwarded: outcome.pointsAwarded,
      levelUp: outcome.levelUp && LevelObject.from(outcome.levelUp),
      newBadges: outcome.newBadges.map(BadgeAwardObject.from),
      newCertifications: outcome.newCertifications.map(CertificationAwardObject.from),
    });
  }

  @ResolveField(() => ModuleObject)
  async module(@Parent() completion: ModuleCompletionObject, @Loaders() loaders: RequestLoaders): Promise<ModuleObject> {
    const module = await loaders.get(this.courses.modulesByIds).load(completion.moduleId);
    if (!module) throw new NotFoundError('Module', completion.moduleId);
    return ModuleObject.from(module);
  }

  @ResolveField(() => [AnswerFeedbackObject], { description: 'Per-question feedback for QUIZ and SCENARIO attempts, in question order.' })
  @AtMost(MAX_QUESTIONS)
  async feedback(@Parent() completion: ModuleCompletionObject, @Loaders() loaders: RequestLoaders): Promise<AnswerFeedbackObject[]> {
    if (!completion.correct) return [];
    const questions = await loaders.get(this.courses.questionsByModuleIds).load(completion.moduleId);
    return questions.map((question, index) => {
      const correct = completion.correct![index] ?? false;
      return Object.assign(new AnswerFeedbackObject(), {
        questionId: question.id,
        correct,
        explanation: correct || completion.passed ? question.explanation : null,
      });
    });
  }
}
