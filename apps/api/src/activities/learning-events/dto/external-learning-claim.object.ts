import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ClaimStatus } from '@laurels/domain';
import type { ExternalLearningClaim } from '../external-learning-claim.entity.js';

registerEnumType(ClaimStatus, { name: 'ClaimStatus', description: 'Where an external-learning claim stands.' });

@ObjectType('ExternalLearningClaim', { description: 'Learning done outside (a conference, an outside course), claimed for points.' })
export class ExternalLearningClaimObject {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  provider!: string;

  @Field()
  completedOn!: Date;

  @Field(() => Float)
  hours!: number;

  @Field(() => String, { nullable: true })
  evidenceUrl!: string | null;

  @Field(() => ClaimStatus)
  status!: ClaimStatus;

  @Field(() => Int, { description: 'What the approved claim earned; 0 until approved.' })
  points!: number;

  @Field(() => String, { nullable: true, description: 'The reviewer’s words.' })
  note!: string | null;

  @Field()
  createdAt!: Date;

  userId!: string;
  reviewedById!: string | null;

  static from(claim: ExternalLearningClaim): ExternalLearningClaimObject {
    return Object.assign(new ExternalLearningClaimObject(), {
      id: claim.id,
      title: claim.title,
      provider: claim.provider,
      completedOn: claim.completedOn,
      hours: claim.hours,
      evidenceUrl: claim.evidenceUrl,
      status: claim.status,
      points: claim.points,
      note: claim.note,
      createdAt: claim.createdAt,
      userId: claim.userId,
      reviewedById: claim.reviewedById,
    });
  }
}
