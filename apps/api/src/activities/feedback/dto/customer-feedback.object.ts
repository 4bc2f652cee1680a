import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CustomerFeedback } from '../customer-feedback.entity.js';
import { AtMost, encodeCursor } from '#platform/graphql';
import { MAX_IMPORT_ROWS } from './record-feedback.input.js';

@ObjectType('CustomerFeedback', { description: 'What a customer said about an employee, a team, or both.' })
export class CustomerFeedbackObject {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: '1..5' })
  csat!: number;

  @Field(() => Int, { nullable: true, description: '0..10' })
  nps!: number | null;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field(() => String, { nullable: true })
  customerName!: string | null;

  @Field(() => String, { nullable: true, description: 'The help desk’s id for it, e.g. a ticket number.' })
  externalId!: string | null;

  @Field({ description: 'When the customer gave it.' })
  createdAt!: Date;

  @Field({ description: 'Pass as `after` to myFeedback for the feedback older than this.' })
  cursor!: string;

  employeeId!: string | null;
  teamId!: string | null;

  static from(feedback: CustomerFeedback): CustomerFeedbackObject {
    return Object.assign(new CustomerFeedbackObject(), {
      id: feedback.id,
      csat: feedback.csat,
      nps: feedback.nps,
      comment: feedback.comment,
      customerName: feedback.customerName,
      externalId: feedback.externalId,
      createdAt: feedback.receivedAt,
      cursor: encodeCursor({ at: feedback.receivedAt, id: feedback.id }),
      employeeId: feedback.employeeId,
      teamId: feedback.teamId,
    });
  }
}

@ObjectType('FeedbackImportProblem', { description: 'A row that could not be imported, and why.' })
export class FeedbackImportProblemObject {
  @Field(() => Int, { description: 'The row number in the file, as the caller numbered it.' })
  row!: number;

  @Field()
  message!: string;
}

@ObjectType('FeedbackImportResult', { description: 'What an import did with each row.' })
export class FeedbackImportResultObject {
  @Field(() => Int)
  imported!: number;

  @Field(() => Int, { description: 'Rows already recorded before (same externalId): nothing was done with them.' })
  skipped!: number;

  @Field(() => [FeedbackImportProblemObject])
  @AtMost(MAX_IMPORT_ROWS)
  failed!: FeedbackImportProblemObject[];
}
