import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ModuleCompletion } from '../module-completion.entity.js';

@ObjectType('AnswerFeedback', { description: 'How one answer of a quiz or scenario attempt went.' })
export class AnswerFeedbackObject {
  @Field(() => ID)
  questionId!: string;

  @Field()
  correct!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Why the right answer is right; given for right answers, and for all of them once the module is passed.',
  })
  explanation!: string | null;
}

@ObjectType('ModuleCompletion', { description: 'An attempt at a module: passed, or failed with a score and free to retry.' })
export class ModuleCompletionObject {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  score!: number | null;

  @Field()
  passed!: boolean;

  @Field()
  completedAt!: Date;

  moduleId!: string;
  correct!: boolean[] | null;

  static from(completion: ModuleCompletion): ModuleCompletionObject {
    return Object.assign(new ModuleCompletionObject(), {
      id: completion.id,
      score: completion.score,
      passed: completion.passed,
      completedAt: completion.completedAt,
      moduleId: completion.moduleId,
      correct: completion.correct,
    });
  }
}
