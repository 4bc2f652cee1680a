import { Field, Int, ObjectType } from '@nestjs/graphql';
import { BadgeDefinitionObject } from '#catalog/badges';

@ObjectType('BadgeProgress', { description: 'How far the signed-in user is toward a badge, by the same rule that awards it.' })
export class BadgeProgressObject {
  @Field(() => BadgeDefinitionObject)
  badge!: BadgeDefinitionObject;

  @Field(() => Int)
  current!: number;

  @Field(() => Int)
  target!: number;

  @Field()
  earned!: boolean;

  @Field(() => Date, { nullable: true })
  awardedAt!: Date | null;
}
