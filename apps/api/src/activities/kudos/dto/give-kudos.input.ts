import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { MAX_KUDOS_MESSAGE } from '@laurels/domain';
import { ArrayMinSize } from 'class-validator';
import { IsId, IsText, IsTextList, IsWhole } from '#platform/graphql';

@InputType()
export class GiveKudosInput {
  @Field(() => ID)
  @IsId()
  toUserId!: string;

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
}
