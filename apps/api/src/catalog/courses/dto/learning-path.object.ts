import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { LearningPath } from '../learning-path.entity.js';

@ObjectType('LearningPath', { description: 'An ordered series of courses, such as onboarding.' })
export class LearningPathObject {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  static from(path: LearningPath): LearningPathObject {
    return Object.assign(new LearningPathObject(), { id: path.id, title: path.title, description: path.description });
  }
}
