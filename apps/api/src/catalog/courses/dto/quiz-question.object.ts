import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MAX_CHOICES } from '@laurels/domain';
import type { QuizQuestion } from '../quiz-question.entity.js';
import { AtMost } from '#platform/graphql';

@ObjectType('QuizQuestion', { description: 'A question, or a decision point of a scenario, without its answer.' })
export class QuizQuestionObject {
  @Field(() => ID)
  id!: string;

  @Field()
  prompt!: string;

  @Field(() => [String])
  @AtMost(MAX_CHOICES)
  choices!: string[];

  static from(question: QuizQuestion): QuizQuestionObject {
    return Object.assign(new QuizQuestionObject(), { id: question.id, prompt: question.prompt, choices: question.choices });
  }
}
