import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AssignmentStatus } from '@laurels/domain';
import type { Assignment } from '../assignment.entity.js';

registerEnumType(AssignmentStatus, { name: 'AssignmentStatus', description: 'Follows the assignee’s enrollment in the course.' });

@ObjectType('Assignment', { description: 'A course someone was asked to take, perhaps by a date.' })
export class AssignmentObject {
  @Field(() => ID)
  id!: string;

  @Field(() => Date, { nullable: true })
  dueAt!: Date | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => AssignmentStatus)
  status!: AssignmentStatus;

  @Field({ description: 'Past its due date and not completed.' })
  overdue!: boolean;

  @Field()
  createdAt!: Date;

  courseId!: string;
  assigneeId!: string;
  assignedById!: string | null;

  static from({ assignment, status, overdue }: { assignment: Assignment; status: AssignmentStatus; overdue: boolean }): AssignmentObject {
    return Object.assign(new AssignmentObject(), {
      id: assignment.id,
      dueAt: assignment.dueAt,
      note: assignment.note,
      status,
      overdue,
      createdAt: assignment.createdAt,
      courseId: assignment.courseId,
      assigneeId: assignment.assigneeId,
      assignedById: assignment.assignedById,
    });
  }
}
