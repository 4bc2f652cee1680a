import { Field, InputType } from '@nestjs/graphql';
import { MAX_IMPORT_ROWS, Role } from '@laurels/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, ValidateNested } from 'class-validator';

/** One person to add; checked by importRowProblems (libs/domain), which reports every row's problems at once. */
@InputType('ImportUserRow')
export class ImportUserRowInput {
  @Field()
  @IsString({ message: 'The email must be text' })
  email!: string;

  @Field()
  @IsString({ message: 'The name must be text' })
  displayName!: string;

  @Field(() => Role, { nullable: true, description: 'EMPLOYEE when absent.' })
  @IsOptional()
  role?: Role | null;

  @Field(() => String, {
    nullable: true,
    description: 'The team to join, matched ignoring case; made when the organisation has none of that name.',
  })
  @IsOptional()
  teamName?: string | null;

  @Field(() => Date, { nullable: true, description: 'First working day.' })
  @IsOptional()
  startedAt?: Date | null;
}

@InputType()
export class ImportUsersInput {
  @Field(() => [ImportUserRowInput], {
    description: `One row a person, at most ${MAX_IMPORT_ROWS}; the import is all or nothing, and a second import of the same rows adds nobody.`,
  })
  @IsArray()
  @ArrayMinSize(1, { message: 'The import must hold at least one person' })
  @ArrayMaxSize(MAX_IMPORT_ROWS, { message: `An import holds at most ${MAX_IMPORT_ROWS.toLocaleString('en')} people: split the file` })
  @ValidateNested({ each: true })
  @Type(() => ImportUserRowInput)
  rows!: ImportUserRowInput[];
}
