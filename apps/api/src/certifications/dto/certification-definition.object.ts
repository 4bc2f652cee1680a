import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CourseObject } from '../../learning/dto/course.object.js';

@ObjectType('CertificationDefinition', { description: 'A certification issued when all its required courses are completed.' })
export class CertificationDefinitionObject {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field(() => [CourseObject])
  requiredCourses!: CourseObject[];

  @Field(() => Int, { nullable: true, description: 'Null: never expires.' })
  validityDays!: number | null;

  @Field(() => Int)
  points!: number;
}
