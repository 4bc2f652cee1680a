import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { MAX_COURSE_SKILLS } from '@laurels/domain';
import { ArrayMinSize, IsOptional } from 'class-validator';
import { IsId, IsText, IsTextList, IsWhole } from '#platform/graphql';

@InputType({ description: 'Changes to a course; fields left out stay as they are.' })
export class UpdateCourseInput {
  @Field(() => ID)
  @IsId()
  courseId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(1, 120, 'Title')
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(1, 1000, 'Summary')
  summary?: string | null;

  @Field(() => [String], { nullable: true, description: 'Skills trained, stored lower-case.' })
  @IsOptional()
  @ArrayMinSize(1, { message: 'Skills must name at least one skill' })
  @IsTextList(1, 40, MAX_COURSE_SKILLS)
  skills?: string[] | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsWhole(1, 1000, 'Estimated minutes')
  estimatedMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: 'Bonus points for completing the whole course, from now on.' })
  @IsOptional()
  @IsWhole(0, 1000, 'Points')
  points?: number | null;
}
