import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { QuizQuestion } from '../quiz-question.entity.js';

@ObjectType('QuizQuestion', { description: 'A question, or a decision point of a scenario, without its answer.' })
export class QuizQuestionObject {
  @Field(() => ID)
  id!: string;

  @Field()
  prompt!: string;

  @Field(() => [String])
  choices!: string[];

  static from(question: QuizQuestion): QuizQuestionObject {
    return Object.assign(new QuizQuestionObject(), { id: question.id, prompt: question.prompt, choices: question.choices });
  }
}
