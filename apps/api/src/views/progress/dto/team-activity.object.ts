import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('TeamActivityWeek', { description: 'What a team did in one week (Monday to Sunday, in the organisation’s time zone).' })
export class TeamActivityWeekObject {
  @Field()
  weekStart!: Date;

  @Field(() => Int)
  modulesCompleted!: number;

  @Field(() => Int)
  coursesCompleted!: number;

  @Field(() => Int)
  feedbackCount!: number;

  @Field(() => Float, { nullable: true, description: 'Null in a week without feedback.' })
  averageCsat!: number | null;
}
