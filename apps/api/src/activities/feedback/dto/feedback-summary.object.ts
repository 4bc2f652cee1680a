import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('FeedbackSummary', { description: 'Customer feedback over a period: CSAT and Net Promoter Score.' })
export class FeedbackSummaryObject {
  @Field(() => Int)
  responses!: number;

  @Field(() => Float, { nullable: true, description: 'Null without answers.' })
  averageCsat!: number | null;

  @Field(() => Int, { nullable: true, description: 'Promoters % minus detractors %, -100..100; null under 5 answers.' })
  npsScore!: number | null;

  @Field(() => Int, { description: 'NPS answers of 9 or 10.' })
  promoters!: number;

  @Field(() => Int, { description: 'NPS answers of 7 or 8.' })
  passives!: number;

  @Field(() => Int, { description: 'NPS answers from 0 to 6.' })
  detractors!: number;
}
