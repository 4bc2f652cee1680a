import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { MAX_MENTORSHIP_GOAL, MAX_SESSION_MINUTES, MAX_SESSION_NOTES } from '@laurels/domain';
import { IsDate, IsOptional } from 'class-validator';
import { IsId, IsText, IsWhole } from '#platform/graphql';

@InputType()
export class StartMentorshipInput {
  @Field(() => ID)
  @IsId()
  mentorId!: string;

  @Field(() => ID, { description: 'Someone other than the mentor, of the same organisation.' })
  @IsId()
  menteeId!: string;

  @Field({ description: `What the mentee wants to grow in, at most ${MAX_MENTORSHIP_GOAL} characters.` })
  @IsText(1, MAX_MENTORSHIP_GOAL)
  goal!: string;

  @Field(() => Date, { nullable: true, description: 'Until when, if the pairing has an end date: in the future.' })
  @IsOptional()
  @IsDate({ message: 'endsAt must be a date and time' })
  endsAt?: Date | null;
}

@InputType()
export class LogMentorshipSessionInput {
  @Field(() => ID)
  @IsId()
  mentorshipId!: string;

  @Field({ description: 'When it was held: not in the future, nor before the mentorship began.' })
  @IsDate({ message: 'heldAt must be a date and time' })
  heldAt!: Date;

  @Field(() => Int, { description: `How long, 1 to ${MAX_SESSION_MINUTES} minutes.` })
  @IsWhole(1, MAX_SESSION_MINUTES)
  minutes!: number;

  @Field(() => String, { nullable: true, description: 'For the two of them and their managers only.' })
  @IsOptional()
  @IsText(0, MAX_SESSION_NOTES)
  notes?: string | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first session and awards nothing more.' })
  @IsOptional()
  @IsText(1, 100)
  idempotencyKey?: string | null;
}
