import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RedemptionStatus } from '@laurels/domain';
import type { Redemption } from '../redemption.entity.js';

registerEnumType(RedemptionStatus, {
  name: 'RedemptionStatus',
  description: 'PENDING holds the cost from spendable points, APPROVED has spent it, REJECTED gave it back.',
});

@ObjectType('Redemption', { description: 'A person’s request for a reward, reviewed by a manager or admin.' })
export class RedemptionObject {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The points held or spent: the reward’s cost when it was redeemed.' })
  cost!: number;

  @Field(() => RedemptionStatus)
  status!: RedemptionStatus;

  @Field()
  requestedAt!: Date;

  @Field(() => Date, { nullable: true })
  reviewedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The reviewer’s note.' })
  note!: string | null;

  rewardId!: string;
  userId!: string;

  static from(redemption: Redemption): RedemptionObject {
    return Object.assign(new RedemptionObject(), {
      id: redemption.id,
      cost: redemption.cost,
      status: redemption.status,
      requestedAt: redemption.requestedAt,
      reviewedAt: redemption.reviewedAt,
      note: redemption.note,
      rewardId: redemption.rewardId,
      userId: redemption.userId,
    });
  }
}
