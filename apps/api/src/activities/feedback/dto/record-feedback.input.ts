import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsDate, IsOptional, ValidateNested } from 'class-validator';
import { IsId, IsEmailAddress, IsText, IsWhole } from '#platform/graphql';

/** The most rows one import carries. */
export const MAX_IMPORT_ROWS = 500;

@InputType({ description: 'Feedback about an employee, a team, or both (the employee’s team by default).' })
export class RecordFeedbackInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  employeeId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  teamId?: string | null;

  @Field(() => Int, { description: '1..5' })
  @IsWhole(1, 5)
  csat!: number;

  @Field(() => Int, { nullable: true, description: '0..10' })
  @IsOptional()
  @IsWhole(0, 10)
  nps?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(0, 2000)
  comment?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(0, 120)
  customerName?: string | null;

  @Field(() => String, { nullable: true, description: 'Feedback with the same external id is recorded once.' })
  @IsOptional()
  @IsText(1, 120)
  externalId?: string | null;
}

@InputType({ description: 'One row of a help-desk export, its agent named by email.' })
export class FeedbackRowInput {
  @Field(() => Int, { description: 'The row number in the file, echoed back in problems.' })
  @IsWhole(1, 1_000_000)
  row!: number;

  @Field()
  @IsEmailAddress()
  agentEmail!: string;

  @Field(() => Int)
  @IsWhole(1, 5)
  csat!: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsWhole(0, 10)
  nps?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(0, 2000)
  comment?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(0, 120)
  customerName?: string | null;

  @Field(() => String, { nullable: true, description: 'The ticket id: a row imported twice is recorded once.' })
  @IsOptional()
  @IsText(1, 120)
  externalId?: string | null;

  @Field(() => Date, { nullable: true, description: 'When the customer gave it; now when absent.' })
  @IsOptional()
  @IsDate({ message: 'receivedAt must be a date' })
  receivedAt?: Date | null;
}

@InputType()
export class ImportFeedbackInput {
  @Field(() => [FeedbackRowInput])
  @ArrayMinSize(1, { message: 'rows must hold at least one row' })
  @ArrayMaxSize(MAX_IMPORT_ROWS, { message: `send at most ${MAX_IMPORT_ROWS} rows at a time` })
  @ValidateNested({ each: true })
  @Type(() => FeedbackRowInput)
  rows!: FeedbackRowInput[];
}
