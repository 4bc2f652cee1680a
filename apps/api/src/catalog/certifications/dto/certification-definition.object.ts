import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CertificationDefinition } from '../certification-definition.entity.js';

@ObjectType('CertificationDefinition', { description: 'A certification issued when all its required courses are completed.' })
export class CertificationDefinitionObject {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field(() => Int, { nullable: true, description: 'Null: never expires.' })
  validityDays!: number | null;

  @Field(() => Int)
  points!: number;

  static from(certification: CertificationDefinition): CertificationDefinitionObject {
    return Object.assign(new CertificationDefinitionObject(), {
      id: certification.id,
      name: certification.name,
      description: certification.description,
      validityDays: certification.validityDays,
      points: certification.points,
    });
  }
}
