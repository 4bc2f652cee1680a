import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { MAX_VALUES } from '@laurels/domain';
import type { Kudos } from '../kudos.entity.js';
import { AtMost } from '#platform/graphql';

@ObjectType('Kudos', { description: 'Thanks from one colleague to another, tagged with company values.' })
export class KudosObject {
  @Field(() => ID)
  id!: string;

  @Field()
  message!: string;

  @Field(() => [String])
  @AtMost(MAX_VALUES)
  values!: string[];

  @Field(() => Int)
  points!: number;

  @Field()
  createdAt!: Date;

  fromUserId!: string;
  toUserId!: string;

  static from(kudos: Kudos): KudosObject {
    return Object.assign(new KudosObject(), {
      id: kudos.id,
      message: kudos.message,
      values: kudos.values,
      points: kudos.points,
      createdAt: kudos.createdAt,
      fromUserId: kudos.fromUserId,
      toUserId: kudos.toUserId,
    });
  }
}
