import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EnrollmentStatus } from '@laurels/domain';
import type { Enrollment } from '../enrollment.entity.js';

registerEnumType(EnrollmentStatus, { name: 'EnrollmentStatus' });

@ObjectType('Enrollment', { description: 'A learner taking a course.' })
export class EnrollmentObject {
  @Field(() => ID)
  id!: string;

  @Field(() => Date, { nullable: true, description: 'When the first module was passed.' })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the last module was passed.' })
  completedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  dueAt!: Date | null;

  @Field(() => Int, { description: '1 the first time through the course, 2 for the first retake...' })
  cycle!: number;

  userId!: string;
  courseId!: string;

  static from(enrollment: Enrollment): EnrollmentObject {
    return Object.assign(new EnrollmentObject(), {
      id: enrollment.id,
      startedAt: enrollment.startedAt,
      completedAt: enrollment.completedAt,
      dueAt: enrollment.dueAt,
      cycle: enrollment.cycle,
      userId: enrollment.userId,
      courseId: enrollment.courseId,
    });
  }
}
