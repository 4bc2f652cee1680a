import { Field, ID, InputType } from '@nestjs/graphql';
import { Role } from '@laurels/domain';
import { IsDate, IsEnum, IsOptional } from 'class-validator';
import { IsId, IsEmailAddress, IsPassword, IsText } from '#platform/graphql';

@InputType({ description: 'A new member of the caller’s organisation.' })
export class CreateUserInput {
  @Field()
  @IsEmailAddress()
  email!: string;

  @Field()
  @IsText(1, 80)
  displayName!: string;

  @Field({ description: 'At least 8 characters, and hard to guess: a common or guessable password is refused, saying why.' })
  @IsPassword()
  password!: string;

  @Field(() => Role)
  @IsEnum(Role, { message: 'role must be EMPLOYEE, MANAGER or ADMIN' })
  role!: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  teamId?: string | null;

  @Field(() => Date, { nullable: true, description: 'First working day.' })
  @IsOptional()
  @IsDate({ message: 'The start date must be a date' })
  startedAt?: Date | null;
}
