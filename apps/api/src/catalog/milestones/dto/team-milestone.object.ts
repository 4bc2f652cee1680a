import { Field, Float, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MilestoneMetric } from '@laurels/domain';
import { IsDate, IsEnum, IsNumber, IsOptional } from 'class-validator';
import { IsId, IsText } from '#platform/graphql';
import type { TeamMilestone } from '../team-milestone.entity.js';

registerEnumType(MilestoneMetric, { name: 'MilestoneMetric', description: 'What a team milestone counts inside its window.' });

@ObjectType('TeamMilestone', { description: 'A target a team rallies around, counted from the facts inside its window.' })
export class TeamMilestoneObject {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => MilestoneMetric)
  metric!: MilestoneMetric;

  @Field(() => Float)
  target!: number;

  @Field()
  startsAt!: Date;

  @Field(() => Date, { nullable: true })
  endsAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the target was first reached; set once.' })
  reachedAt!: Date | null;

  teamId!: string;
  entity!: TeamMilestone;

  static from(milestone: TeamMilestone): TeamMilestoneObject {
    return Object.assign(new TeamMilestoneObject(), {
      id: milestone.id,
      title: milestone.title,
      metric: milestone.metric,
      target: milestone.target,
      startsAt: milestone.startsAt,
      endsAt: milestone.endsAt,
      reachedAt: milestone.reachedAt,
      teamId: milestone.teamId,
      entity: milestone,
    });
  }
}

@InputType()
export class CreateTeamMilestoneInput {
  @Field(() => ID)
  @IsId()
  teamId!: string;

  @Field()
  @IsText(1, 120)
  title!: string;

  @Field(() => MilestoneMetric)
  @IsEnum(MilestoneMetric, { message: 'metric must be one of the MilestoneMetric values' })
  metric!: MilestoneMetric;

  @Field(() => Float, { description: 'A count, an average CSAT between 1 and 5, or an NPS from -100 to 100.' })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'target must be a number' })
  target!: number;

  @Field(() => Date, { nullable: true, description: 'Defaults to now.' })
  @IsOptional()
  @IsDate({ message: 'startsAt must be a date' })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Open-ended when empty.' })
  @IsOptional()
  @IsDate({ message: 'endsAt must be a date' })
  endsAt?: Date | null;
}
