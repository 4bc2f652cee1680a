import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsOptional } from 'class-validator';
import { MAX_PATH_COURSES } from '@laurels/domain';
import { IsId, IsText } from '#platform/graphql';

@InputType({ description: 'Changes to a learning path; fields left out stay as they are.' })
export class UpdateLearningPathInput {
  @Field(() => ID)
  @IsId()
  pathId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(1, 120, 'Title')
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(0, 1000, 'Description')
  description?: string | null;

  @Field(() => [ID], { nullable: true, description: 'The full new list of courses, in order: add, remove and reorder at once.' })
  @IsOptional()
  @ArrayMinSize(1, { message: 'A learning path needs at least one course' })
  @ArrayMaxSize(MAX_PATH_COURSES, { message: `A learning path holds at most ${MAX_PATH_COURSES} courses` })
  @ArrayUnique({ message: 'A learning path lists each course once' })
  @IsId({ each: true })
  courseIds?: string[] | null;
}
