import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique } from 'class-validator';
import { MAX_PATH_COURSES } from '@laurels/domain';
import { IsId, IsText } from '#platform/graphql';

@InputType()
export class CreateLearningPathInput {
  @Field()
  @IsText(1, 120)
  title!: string;

  @Field()
  @IsText(0, 1000)
  description!: string;

  @Field(() => [ID], { description: 'The courses in the order they are to be taken.' })
  @ArrayMinSize(1, { message: 'courseIds must name at least one course' })
  @ArrayMaxSize(MAX_PATH_COURSES, { message: `courseIds may name at most ${MAX_PATH_COURSES} courses` })
  @ArrayUnique({ message: 'courseIds lists a course twice' })
  @IsId({ each: true })
  courseIds!: string[];
}
