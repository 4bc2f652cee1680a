import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique } from 'class-validator';
import { MAX_PATH_COURSES } from '@laurels/domain';
import { IsId, IsText } from '#platform/graphql';

@InputType()
export class CreateLearningPathInput {
  @Field()
  @IsText(1, 120, 'Title')
  title!: string;

  @Field()
  @IsText(0, 1000, 'Description')
  description!: string;

  @Field(() => [ID], { description: 'The courses in the order they are to be taken.' })
  @ArrayMinSize(1, { message: 'A learning path needs at least one course' })
  @ArrayMaxSize(MAX_PATH_COURSES, { message: `A learning path holds at most ${MAX_PATH_COURSES} courses` })
  @ArrayUnique({ message: 'A learning path lists each course once' })
  @IsId({ each: true })
  courseIds!: string[];
}
