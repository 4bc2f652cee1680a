import { Field, ID, InputType } from '@nestjs/graphql';
import { MAX_ASSIGNEES } from '@laurels/domain';
import { ArrayMaxSize, ArrayUnique, IsDate, IsOptional } from 'class-validator';
import { IsId, IsText } from '#platform/graphql';

/** Whom training is assigned to, by when and why: shared by a course and a learning path. */
@InputType({ isAbstract: true })
abstract class AssignmentTargets {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_ASSIGNEES, { message: `userIds may name at most ${MAX_ASSIGNEES} people` })
  @ArrayUnique({ message: 'userIds lists someone twice' })
  @IsId({ each: true })
  userIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  teamId?: string | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate({ message: 'dueAt must be a date' })
  dueAt?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(0, 500)
  note?: string | null;
}

@InputType({ description: 'Assign to these users, to every member of teamId, or both.' })
export class AssignCourseInput extends AssignmentTargets {
  @Field(() => ID)
  @IsId()
  courseId!: string;
}

@InputType({ description: 'Assign every published course of a learning path, in one go.' })
export class AssignLearningPathInput extends AssignmentTargets {
  @Field(() => ID)
  @IsId()
  pathId!: string;
}
