import { Field, Float, InputType } from '@nestjs/graphql';
import { IsDate, IsNumber, IsOptional } from 'class-validator';
import { IsText } from '#platform/graphql';

@InputType()
export class ClaimExternalLearningInput {
  @Field()
  @IsText(1, 200)
  title!: string;

  @Field({ description: 'Who ran it: the conference, school or platform.' })
  @IsText(1, 200)
  provider!: string;

  @Field(() => Date, { description: 'Not in the future.' })
  @IsDate({ message: 'completedOn must be a date' })
  completedOn!: Date;

  @Field(() => Float, { description: 'More than 0, at most 1000.' })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'hours must be a number' })
  hours!: number;

  @Field(() => String, { nullable: true, description: 'An http or https link to a certificate or the programme.' })
  @IsOptional()
  @IsText(0, 2000)
  evidenceUrl?: string | null;
}
