import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ParticipationRow', { description: 'How a team member took part in recognition over a period.' })
export class ParticipationRowObject {
  @Field(() => Int)
  kudosGiven!: number;

  @Field(() => Int)
  kudosReceived!: number;

  @Field(() => Date, { nullable: true, description: 'When they last received kudos, before the period ended; null when never.' })
  lastRecognisedAt!: Date | null;

  userId!: string;
}
