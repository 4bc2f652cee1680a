import { Field, InputType, Int } from '@nestjs/graphql';
import { MAX_REWARD_COST, MAX_REWARD_STOCK } from '@laurels/domain';
import { IsOptional } from 'class-validator';
import { IsText, IsWhole } from '#platform/graphql';

@InputType()
export class CreateRewardInput {
  @Field()
  @IsText(1, 100)
  name!: string;

  @Field()
  @IsText(0, 1000)
  description!: string;

  @Field(() => Int, { description: `Points it costs, 1 to ${MAX_REWARD_COST}.` })
  @IsWhole(1, MAX_REWARD_COST)
  cost!: number;

  @Field(() => Int, { nullable: true, description: `How many there are, 0 to ${MAX_REWARD_STOCK}; none: unlimited.` })
  @IsOptional()
  @IsWhole(0, MAX_REWARD_STOCK)
  stock?: number | null;
}
