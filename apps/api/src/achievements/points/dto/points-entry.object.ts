import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PointsReason } from '@laurels/domain';
import { encodeCursor } from '#platform/graphql';
import { PointsEntry } from '../points-entry.entity.js';

registerEnumType(PointsReason, { name: 'PointsReason', description: 'Why points were added to the ledger.' });

@ObjectType('PointsEntry', { description: 'One row of a person’s append-only points ledger.' })
export class PointsEntryObject {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  amount!: number;

  @Field(() => PointsReason)
  reason!: PointsReason;

  @Field()
  description!: string;

  @Field()
  createdAt!: Date;

  @Field({ description: 'Pass as `after` to pointsHistory for the entries older than this one.' })
  cursor!: string;

  static from(entry: PointsEntry): PointsEntryObject {
    return Object.assign(new PointsEntryObject(), {
      id: entry.id,
      amount: entry.amount,
      reason: entry.reason,
      description: entry.description,
      createdAt: entry.createdAt,
      cursor: encodeCursor({ at: entry.createdAt, id: entry.id }),
    });
  }
}
