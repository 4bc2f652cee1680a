import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Reward } from '../reward.entity.js';

@ObjectType('Reward', { description: 'Something from the rewards catalogue that people spend points on.' })
export class RewardObject {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field(() => Int, { description: 'Points held from the spendable balance when redeemed.' })
  cost!: number;

  @Field(() => Int, { nullable: true, description: 'How many are left. Null: unlimited.' })
  stock!: number | null;

  @Field({ description: 'Whether it can be redeemed; only admins see inactive rewards.' })
  active!: boolean;

  static from(reward: Reward): RewardObject {
    return Object.assign(new RewardObject(), {
      id: reward.id,
      name: reward.name,
      description: reward.description,
      cost: reward.cost,
      stock: reward.stock,
      active: reward.active,
    });
  }
}
