import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BadgeRuleKind, BadgeTier } from '@laurels/domain';
import type { BadgeDefinition } from '../badge-definition.entity.js';

registerEnumType(BadgeTier, { name: 'BadgeTier' });
registerEnumType(BadgeRuleKind, { name: 'BadgeRuleKind', description: 'What a badge counts; MANUAL badges are given by a manager.' });

@ObjectType('BadgeRule', { description: 'When a badge is earned: a count reaching a threshold.' })
export class BadgeRuleObject {
  @Field(() => BadgeRuleKind)
  kind!: BadgeRuleKind;

  @Field(() => Int)
  threshold!: number;

  @Field(() => String, { nullable: true, description: 'For SKILL_COURSES_COMPLETED: the skill counted.' })
  skill!: string | null;
}

@ObjectType('BadgeDefinition', { description: 'A badge people can earn, with its criteria stated up front.' })
export class BadgeDefinitionObject {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field({ description: 'The criteria in words, shown to everyone before the badge is earned.' })
  criteria!: string;

  @Field(() => BadgeRuleObject)
  rule!: BadgeRuleObject;

  @Field(() => BadgeTier)
  tier!: BadgeTier;

  @Field({ description: 'The name of the icon drawn on the badge (award, star, trophy...), or an emoji.' })
  icon!: string;

  @Field(() => Int, { description: 'Bonus points when earned.' })
  points!: number;

  static from(badge: BadgeDefinition): BadgeDefinitionObject {
    return Object.assign(new BadgeDefinitionObject(), {
      id: badge.id,
      name: badge.name,
      description: badge.description,
      criteria: badge.criteria,
      rule: Object.assign(new BadgeRuleObject(), { kind: badge.kind, threshold: badge.threshold, skill: badge.skill }),
      tier: badge.tier,
      icon: badge.icon,
      points: badge.points,
    });
  }
}
