import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { MAX_KUDOS_MESSAGE, MAX_KUDOS_RECIPIENTS } from '@laurels/domain';
import { ArrayMaxSize, ArrayMinSize, IsOptional } from 'class-validator';
import { IsId, IsText, IsTextList, IsWhole } from '#platform/graphql';

@InputType()
export class GiveKudosInput {
  @Field(() => ID, { description: 'The colleague thanked; toUserIds adds others to the same kudos.' })
  @IsId()
  toUserId!: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'Several recipients share one kudos; the allowance is charged points × recipients. Give toUserId or toUserIds.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_KUDOS_RECIPIENTS, { message: `toUserIds may hold at most ${MAX_KUDOS_RECIPIENTS} people` })
  @IsId({ each: true })
  toUserIds?: string[] | null;

  @Field()
  @IsText(1, MAX_KUDOS_MESSAGE)
  message!: string;

  @Field(() => [String], { description: "Each must be one of the organization's values." })
  @ArrayMinSize(1, { message: 'tag the kudos with at least one company value' })
  @IsTextList(1, 40, 12)
  values!: string[];

  @Field(() => Int, { description: "Taken from the giver's monthly allowance, 0 allowed." })
  @IsWhole(0, 10_000)
  points!: number;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first kudos and charges nothing more.' })
  @IsOptional()
  @IsText(1, 100)
  idempotencyKey?: string | null;
}
