import { Field, Int, ObjectType } from '@nestjs/graphql';
import { MAX_IMPORT_PROBLEMS } from '@laurels/domain';
import { AtMost } from '#platform/graphql';

@ObjectType('ImportRowError', { description: 'What is wrong with one field of one row; rows count from 1.' })
export class ImportRowErrorObject {
  @Field(() => Int)
  row!: number;

  @Field({ description: 'email, displayName, role, teamName or startedAt.' })
  field!: string;

  @Field()
  message!: string;
}

@ObjectType('ImportUsersResult', { description: 'Either every new person was added, or (when errors is not empty) nobody was.' })
export class ImportUsersResultObject {
  @Field(() => Int, { description: 'People added.' })
  created!: number;

  @Field(() => Int, { description: 'Rows whose email already belongs to someone of the organisation: left as they are.' })
  skipped!: number;

  @Field(() => [ImportRowErrorObject], { description: `Every wrong field of every row, in row order: the first ${MAX_IMPORT_PROBLEMS}.` })
  @AtMost(MAX_IMPORT_PROBLEMS)
  errors!: ImportRowErrorObject[];
}
