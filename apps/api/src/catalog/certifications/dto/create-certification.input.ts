import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsOptional } from 'class-validator';
import { MAX_CERTIFICATION_COURSES } from '@laurels/domain';
import { IsId, IsText, IsWhole } from '#platform/graphql';

@InputType()
export class CreateCertificationInput {
  @Field()
  @IsText(1, 120)
  name!: string;

  @Field()
  @IsText(1, 1000)
  description!: string;

  @Field(() => [ID], { description: 'Completing all of these issues the certification.' })
  @ArrayMinSize(1, { message: 'requiredCourseIds must name at least one course' })
  @ArrayMaxSize(MAX_CERTIFICATION_COURSES, { message: `requiredCourseIds may name at most ${MAX_CERTIFICATION_COURSES} courses` })
  @ArrayUnique({ message: 'requiredCourseIds lists a course twice' })
  @IsId({ each: true })
  requiredCourseIds!: string[];

  @Field(() => Int, { nullable: true, description: 'Days an award stays valid; leave empty for one that never expires.' })
  @IsOptional()
  @IsWhole(1, 3650)
  validityDays?: number | null;

  @Field(() => Int)
  @IsWhole(0, 1000)
  points!: number;
}
