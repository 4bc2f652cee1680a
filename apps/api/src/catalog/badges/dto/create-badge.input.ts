import { Field, InputType, Int } from '@nestjs/graphql';
import { BadgeRuleKind, BadgeTier } from '@laurels/domain';
import { IsEnum, IsOptional } from 'class-validator';
import { IsText, IsWhole } from '#platform/graphql';

@InputType({ description: 'A new badge; its criteria are visible to everyone at once.' })
export class CreateBadgeInput {
  @Field()
  @IsText(1, 80)
  name!: string;

  @Field()
  @IsText(1, 500)
  description!: string;

  @Field({ description: 'The criteria in words.' })
  @IsText(1, 500)
  criteria!: string;

  @Field(() => BadgeRuleKind)
  @IsEnum(BadgeRuleKind, { message: 'kind must be one of the BadgeRuleKind values' })
  kind!: BadgeRuleKind;

  @Field(() => Int, { description: 'The count to reach; ignored for MANUAL badges.' })
  @IsWhole(0, 1_000_000)
  threshold!: number;

  @Field(() => String, { nullable: true, description: 'For SKILL_COURSES_COMPLETED: the skill counted.' })
  @IsOptional()
  @IsText(1, 40)
  skill?: string | null;

  @Field(() => BadgeTier)
  @IsEnum(BadgeTier, { message: 'tier must be BRONZE, SILVER, GOLD or PLATINUM' })
  tier!: BadgeTier;

  @Field({ description: 'The name of an icon the portal draws (award, star, trophy, flame, rocket...), or an emoji.' })
  @IsText(1, 32)
  icon!: string;

  @Field(() => Int)
  @IsWhole(0, 1000)
  points!: number;
}
