import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsInt, IsOptional } from 'class-validator';
import { IsId, IsText } from '#platform/graphql';

@InputType()
export class CompleteModuleInput {
  @Field(() => ID)
  @IsId()
  moduleId!: string;

  @Field(() => [Int], { nullable: true, description: 'For QUIZ and SCENARIO: the chosen choice index per question, in order.' })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'answers may hold at most 50 answers' })
  @IsInt({ each: true, message: 'answers must be choice indexes' })
  answers?: number[] | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first result and awards nothing again.' })
  @IsOptional()
  @IsText(1, 100)
  idempotencyKey?: string | null;
}
