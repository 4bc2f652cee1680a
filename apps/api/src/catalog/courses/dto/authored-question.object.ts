import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { MAX_CHOICES } from '@laurels/domain';
import { AtMost } from '#platform/graphql';
import type { QuizQuestion } from '../quiz-question.entity.js';

@ObjectType('AuthoredQuestion', { description: 'A question with its right answer, for the managers and admins who edit it.' })
export class AuthoredQuestionObject {
  @Field(() => ID)
  id!: string;

  @Field()
  prompt!: string;

  @Field(() => [String])
  @AtMost(MAX_CHOICES)
  choices!: string[];

  @Field(() => Int, { description: 'Index into choices of the right answer.' })
  answerIndex!: number;

  @Field(() => String, { nullable: true })
  explanation!: string | null;

  static from(question: QuizQuestion): AuthoredQuestionObject {
    return Object.assign(new AuthoredQuestionObject(), {
      id: question.id,
      prompt: question.prompt,
      choices: question.choices,
      answerIndex: question.answerIndex,
      explanation: question.explanation,
    });
  }
}
