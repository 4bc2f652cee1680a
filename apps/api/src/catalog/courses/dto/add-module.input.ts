import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { ModuleKind } from '@laurels/domain';
import { IsId, IsText, IsTextList, IsWhole } from '#platform/graphql';

@InputType({ description: 'A question with its right answer, which never leaves the server.' })
export class QuizQuestionInput {
  @Field()
  @IsText(1, 500)
  prompt!: string;

  @Field(() => [String])
  @IsTextList(1, 300, 6)
  choices!: string[];

  @Field(() => Int, { description: 'Index into choices of the right answer.' })
  @IsWhole(0, 5)
  answerIndex!: number;

  @Field(() => String, { nullable: true, description: 'Why the right answer is right, shown once it is answered correctly.' })
  @IsOptional()
  @IsText(1, 1000)
  explanation?: string | null;
}

@InputType({ description: 'A module appended to a draft course.' })
export class AddModuleInput {
  @Field(() => ID)
  @IsId()
  courseId!: string;

  @Field()
  @IsText(1, 120, 'Title')
  title!: string;

  @Field(() => ModuleKind)
  @IsEnum(ModuleKind, { message: 'kind must be LESSON, QUIZ, SCENARIO or VIDEO' })
  kind!: ModuleKind;

  @Field({ description: 'Markdown.' })
  @IsText(0, 100_000)
  body!: string;

  @Field(() => Int)
  @IsWhole(0, 500, 'Points')
  points!: number;

  @Field(() => Int, { nullable: true, description: 'For QUIZ and SCENARIO; defaults to 70.' })
  @IsOptional()
  @IsWhole(1, 100, 'Passing score')
  passingScore?: number | null;

  @Field(() => [QuizQuestionInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'Questions may hold at most 50 questions' })
  @ValidateNested({ each: true })
  @Type(() => QuizQuestionInput)
  questions?: QuizQuestionInput[] | null;
}
