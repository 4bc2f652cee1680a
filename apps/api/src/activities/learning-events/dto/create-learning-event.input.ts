import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  LearningEventKind,
  MAX_EVENT_DESCRIPTION,
  MAX_EVENT_HOSTS,
  MAX_EVENT_LOCATION,
  MAX_EVENT_POINTS,
  MAX_EVENT_SKILLS,
  MAX_EVENT_TITLE,
} from '@laurels/domain';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsDate, IsEnum, IsOptional } from 'class-validator';
import { IsId, IsText, IsTextList, IsWhole } from '#platform/graphql';

@InputType()
export class CreateLearningEventInput {
  @Field(() => LearningEventKind)
  @IsEnum(LearningEventKind, { message: 'kind must be KNOWLEDGE_SHARE, WORKSHOP or CONFERENCE' })
  kind!: LearningEventKind;

  @Field()
  @IsText(1, MAX_EVENT_TITLE)
  title!: string;

  @Field()
  @IsText(0, MAX_EVENT_DESCRIPTION)
  description!: string;

  @Field(() => Date)
  @IsDate({ message: 'startsAt must be a date' })
  startsAt!: Date;

  @Field(() => Date, { description: 'After startsAt, at most 14 days later.' })
  @IsDate({ message: 'endsAt must be a date' })
  endsAt!: Date;

  @Field(() => String, { nullable: true, description: 'A room, an address or a meeting link.' })
  @IsOptional()
  @IsText(0, MAX_EVENT_LOCATION)
  location?: string | null;

  @Field(() => [ID], { description: `One to ${MAX_EVENT_HOSTS} people of the organisation.` })
  @ArrayMinSize(1, { message: 'name at least one host' })
  @ArrayMaxSize(MAX_EVENT_HOSTS, { message: `hostIds may hold at most ${MAX_EVENT_HOSTS} people` })
  @ArrayUnique({ message: 'hostIds names someone twice' })
  @IsId({ each: true })
  hostIds!: string[];

  @Field(() => [String])
  @IsTextList(1, 40, MAX_EVENT_SKILLS)
  skills!: string[];

  @Field(() => Int, { description: 'Earned by each person marked as attending.' })
  @IsWhole(0, MAX_EVENT_POINTS)
  points!: number;

  @Field(() => Int, { description: 'Earned by each host once attendance is recorded.' })
  @IsWhole(0, MAX_EVENT_POINTS)
  hostPoints!: number;
}
