import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CertificationStatus } from '@laurels/domain';
import type { CertificationAward } from '../certification-award.entity.js';

registerEnumType(CertificationStatus, {
  name: 'CertificationStatus',
  description: 'EXPIRING_SOON within 30 days of expiry, when completing the required courses again renews it.',
});

@ObjectType('CertificationAward', { description: 'A certification issued to a person; a renewal is a new award.' })
export class CertificationAwardObject {
  @Field(() => ID)
  id!: string;

  @Field()
  issuedAt!: Date;

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => Int, { description: '1 for the first award, 2 for the first renewal...' })
  sequence!: number;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => String, { nullable: true })
  revokedReason!: string | null;

  certificationId!: string;
  userId!: string;

  static from(award: CertificationAward): CertificationAwardObject {
    return Object.assign(new CertificationAwardObject(), {
      id: award.id,
      issuedAt: award.issuedAt,
      expiresAt: award.expiresAt,
      sequence: award.sequence,
      revokedAt: award.revokedAt,
      revokedReason: award.revokedReason,
      certificationId: award.certificationId,
      userId: award.userId,
    });
  }
}
