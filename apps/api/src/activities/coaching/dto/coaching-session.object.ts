import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CoachingStatus, MAX_COACHING_COURSES, MAX_COACHING_FEEDBACK, MAX_COACHING_FOCUS_SKILLS } from '@laurels/domain';
import { ArrayMaxSize, ArrayMinSize, IsDate, IsOptional } from 'class-validator';
import { AtMost, IsId, IsText, IsTextList } from '#platform/graphql';
import type { CoachingSession } from '../coaching-session.entity.js';

registerEnumType(CoachingStatus, {
  name: 'CoachingStatus',
  description: 'Opened by the coach, acknowledged by the employee, completed by the coach.',
});

@ObjectType('CoachingSession', { description: 'A manager’s coaching of an employee after a low rating.' })
export class CoachingSessionObject {
  @Field(() => ID)
  id!: string;

  @Field(() => [String])
  @AtMost(MAX_COACHING_FOCUS_SKILLS)
  focusSkills!: string[];

  @Field({ description: 'Seen by the coach and the employee only (and admins); never on the feed or in the digest.' })
  notes!: string;

  @Field(() => Date, { nullable: true })
  followUpAt!: Date | null;

  @Field(() => CoachingStatus)
  status!: CoachingStatus;

  @Field()
  createdAt!: Date;

  employeeId!: string;
  coachId!: string;
  courseIds!: string[];

  static from(session: CoachingSession): CoachingSessionObject {
    return Object.assign(new CoachingSessionObject(), {
      id: session.id,
      focusSkills: session.focusSkills,
      notes: session.notes,
      followUpAt: session.followUpAt,
      status: session.status,
      createdAt: session.createdAt,
      employeeId: session.employeeId,
      coachId: session.coachId,
      courseIds: session.courseIds,
    });
  }
}

@InputType()
export class CreateCoachingSessionInput {
  @Field(() => ID)
  @IsId()
  employeeId!: string;

  @Field(() => [ID], { description: `The employee’s feedback it is about, at least one a low rating; ${MAX_COACHING_FEEDBACK} at most.` })
  @ArrayMinSize(1, { message: 'feedbackIds must name at least one rating' })
  @ArrayMaxSize(MAX_COACHING_FEEDBACK, { message: `feedbackIds may hold at most ${MAX_COACHING_FEEDBACK} ratings` })
  @IsId({ each: true })
  feedbackIds!: string[];

  @Field(() => [String])
  @IsTextList(1, 60, MAX_COACHING_FOCUS_SKILLS)
  focusSkills!: string[];

  @Field()
  @IsText(0, 5000)
  notes!: string;

  @Field(() => [ID], { nullable: true, description: 'Courses suggested, assigned to the employee (due by the follow-up).' })
  @IsOptional()
  @ArrayMaxSize(MAX_COACHING_COURSES, { message: `courseIds may hold at most ${MAX_COACHING_COURSES} courses` })
  @IsId({ each: true })
  courseIds?: string[] | null;

  @Field(() => Date, { nullable: true, description: 'Today or later.' })
  @IsOptional()
  @IsDate({ message: 'followUpAt must be a date' })
  followUpAt?: Date | null;
}
