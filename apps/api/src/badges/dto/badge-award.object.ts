import { Field, ID, ObjectType } from '@nestjs/graphql';
import { UserObject } from '../../organizations/dto/user.object.js';
import { BadgeDefinitionObject } from './badge-definition.object.js';

@ObjectType('BadgeAward', { description: 'A badge held by a person.' })
export class BadgeAwardObject {
  @Field(() => ID)
  id!: string;

  @Field(() => BadgeDefinitionObject)
  badge!: BadgeDefinitionObject;

  @Field(() => UserObject)
  user!: UserObject;

  @Field()
  awardedAt!: Date;

  @Field(() => UserObject, { nullable: true, description: 'Set for MANUAL badges.' })
  awardedBy!: UserObject | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field({ description: 'Public URL of the Open Badges 3.0 credential for this award.' })
  credentialUrl!: string;
}
