import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { IsId, IsText, IsWhole } from '#platform/graphql';
import { QuizQuestionInput } from './add-module.input.js';

@InputType({ description: 'Changes to a module; fields left out stay as they are. Its kind never changes.' })
export class UpdateModuleInput {
  @Field(() => ID)
  @IsId()
  moduleId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(1, 120, 'Title')
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  @IsOptional()
  @IsText(0, 100_000, 'Body')
  body?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsWhole(0, 500, 'Points')
  points?: number | null;

  @Field(() => Int, { nullable: true, description: 'For QUIZ and SCENARIO. Past passes stay passed.' })
  @IsOptional()
  @IsWhole(1, 100, 'Passing score')
  passingScore?: number | null;

  @Field(() => [QuizQuestionInput], { nullable: true, description: 'For QUIZ and SCENARIO: the whole new list. Past passes stay passed.' })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'Questions may hold at most 50 questions' })
  @ValidateNested({ each: true })
  @Type(() => QuizQuestionInput)
  questions?: QuizQuestionInput[] | null;
}
