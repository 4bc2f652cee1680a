import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { UserObject } from '../../organizations/dto/user.object.js';
import { CertificationDefinitionObject } from './certification-definition.object.js';

export enum CertificationStatus {
  ACTIVE = 'ACTIVE',
  EXPIRING_SOON = 'EXPIRING_SOON',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}

registerEnumType(CertificationStatus, { name: 'CertificationStatus', description: 'EXPIRING_SOON within 30 days of expiry.' });

@ObjectType('CertificationAward', { description: 'A certification issued to a person.' })
export class CertificationAwardObject {
  @Field(() => ID)
  id!: string;

  @Field(() => CertificationDefinitionObject)
  certification!: CertificationDefinitionObject;

  @Field(() => UserObject)
  user!: UserObject;

  @Field()
  issuedAt!: Date;

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => CertificationStatus)
  status!: CertificationStatus;

  @Field({ description: 'Public URL of the Open Badges 3.0 credential for this award.' })
  credentialUrl!: string;
}
