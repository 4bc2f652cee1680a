import { Field, InputType, Int } from '@nestjs/graphql';
import { MAX_COURSE_SKILLS } from '@laurels/domain';
import { ArrayMinSize } from 'class-validator';
import { IsText, IsTextList, IsWhole } from '#platform/graphql';

@InputType({ description: 'A new course; it starts as a DRAFT.' })
export class CreateCourseInput {
  @Field()
  @IsText(1, 120, 'Title')
  title!: string;

  @Field()
  @IsText(1, 1000, 'Summary')
  summary!: string;

  @Field(() => [String], { description: 'Skills trained, e.g. "empathy"; stored lower-case.' })
  @ArrayMinSize(1, { message: 'Skills must name at least one skill' })
  @IsTextList(1, 40, MAX_COURSE_SKILLS)
  skills!: string[];

  @Field(() => Int)
  @IsWhole(1, 1000, 'Estimated minutes')
  estimatedMinutes!: number;

  @Field(() => Int, { description: 'Bonus points for completing the whole course.' })
  @IsWhole(0, 1000, 'Points')
  points!: number;
}
