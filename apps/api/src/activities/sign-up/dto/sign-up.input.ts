import { Field, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsEmailAddress, IsPassword, IsText } from '#platform/graphql';

@InputType({ description: 'A new organisation and its first admin.' })
export class SignUpInput {
  @Field()
  @IsText(2, 80)
  organizationName!: string;

  @Field()
  @IsEmailAddress()
  adminEmail!: string;

  @Field()
  @IsText(1, 80)
  adminDisplayName!: string;

  @Field({ description: 'At least 8 characters, and hard to guess: a common or guessable password is refused, saying why.' })
  @IsPassword()
  adminPassword!: string;

  @Field(() => String, { nullable: true, description: 'IANA time zone days are counted in, e.g. "Europe/Paris". Defaults to UTC.' })
  @IsOptional()
  @IsText(1, 64)
  timeZone?: string | null;
}
