import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { IsPassword } from '#platform/graphql';

@ArgsType()
export class ChangePasswordArgs {
  @Field()
  @IsString({ message: '$property must be text' })
  @MaxLength(200, { message: '$property must be at most 200 characters' })
  currentPassword!: string;

  @Field({ description: 'At least 8 characters.' })
  @IsPassword()
  newPassword!: string;
}
