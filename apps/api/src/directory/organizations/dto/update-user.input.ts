import { Field, ID, InputType } from '@nestjs/graphql';
import { Role } from '@laurels/domain';
import { IsDate, IsEnum, IsOptional, IsString } from 'class-validator';
import { IsId } from '#platform/graphql';

@InputType({ description: 'What changes about a person; a field left out stays as it is.' })
export class UpdateUserInput {
  @Field(() => ID)
  @IsId()
  userId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: 'The name must be text' })
  displayName?: string | null;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role, { message: 'The role must be EMPLOYEE, MANAGER or ADMIN' })
  role?: Role | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The person’s team: left as it is when absent, and null takes them out of their team.',
  })
  @IsOptional()
  @IsId()
  teamId?: string | null;

  @Field(() => Date, { nullable: true, description: 'First working day.' })
  @IsOptional()
  @IsDate({ message: 'The start date must be a date' })
  startedAt?: Date | null;
}
