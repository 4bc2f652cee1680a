import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsId, IsPassword } from '#platform/graphql';

@ArgsType()
export class SetUserPasswordArgs {
  @Field(() => ID)
  @IsId()
  userId!: string;

  @Field({ description: 'At least 8 characters, and hard to guess: a common or guessable password is refused, saying why.' })
  @IsPassword()
  password!: string;
}
