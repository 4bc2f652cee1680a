import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsId, IsText } from '#platform/graphql';

@InputType()
export class CreateTeamInput {
  @Field()
  @IsText(1, 80)
  name!: string;

  @Field(() => ID, { nullable: true, description: 'Becomes the team’s manager (and a MANAGER, if an employee).' })
  @IsOptional()
  @IsId()
  managerId?: string | null;
}
