import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ModuleKind } from '@laurels/domain';
import type { CourseModule } from '../course-module.entity.js';

registerEnumType(ModuleKind, {
  name: 'ModuleKind',
  description: 'LESSON and VIDEO are read or watched; QUIZ and SCENARIO (a role-play) are answered and scored.',
});

@ObjectType('Module', { description: 'One step of a course.' })
export class ModuleObject {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: '1-based order within the course.' })
  position!: number;

  @Field()
  title!: string;

  @Field(() => ModuleKind)
  kind!: ModuleKind;

  @Field({ description: 'Markdown body of a lesson, scenario or video page.' })
  body!: string;

  @Field(() => Int)
  points!: number;

  @Field(() => Int, { nullable: true, description: 'Percentage (0-100) needed to pass a QUIZ or SCENARIO.' })
  passingScore!: number | null;

  courseId!: string;

  static from(module: CourseModule): ModuleObject {
    return Object.assign(new ModuleObject(), {
      id: module.id,
      position: module.position,
      title: module.title,
      kind: module.kind,
      body: module.body,
      points: module.points,
      passingScore: module.passingScore,
      courseId: module.courseId,
    });
  }
}
