import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MENTORING_SESSION_POINTS, MentorshipStatus, mentorshipStatus } from '@laurels/domain';
import type { MentorshipSession } from '../mentorship-session.entity.js';
import type { Mentorship } from '../mentorship.entity.js';

registerEnumType(MentorshipStatus, {
  name: 'MentorshipStatus',
  description: 'ACTIVE until completed; ENDED when its end date went by (or a new pairing of the two replaced it) before completion.',
});

@ObjectType('Mentorship', {
  description: 'A mentor paired with a mentee around a goal. Seen by the two of them, their managers and admins.',
})
export class MentorshipObject {
  @Field(() => ID)
  id!: string;

  @Field()
  goal!: string;

  @Field(() => MentorshipStatus)
  status!: MentorshipStatus;

  @Field()
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
  endsAt!: Date | null;

  @Field(() => Date, { nullable: true })
  completedAt!: Date | null;

  mentorId!: string;
  menteeId!: string;

  static from(mentorship: Mentorship, now: Date): MentorshipObject {
    return Object.assign(new MentorshipObject(), {
      id: mentorship.id,
      goal: mentorship.goal,
      status: mentorshipStatus(mentorship.status, mentorship.endsAt, now),
      startedAt: mentorship.startedAt,
      endsAt: mentorship.endsAt,
      completedAt: mentorship.completedAt,
      mentorId: mentorship.mentorId,
      menteeId: mentorship.menteeId,
    });
  }
}

@ObjectType('MentorshipSession', {
  description: 'A session of a mentorship; its notes are for the two of them, their managers and admins.',
})
export class MentorshipSessionObject {
  @Field(() => ID)
  id!: string;

  @Field()
  heldAt!: Date;

  @Field(() => Int)
  minutes!: number;

  @Field(() => String, { nullable: true })
  notes!: string | null;

  @Field(() => Int, {
    description: `Points the mentor earned for it: ${MENTORING_SESSION_POINTS} for the pair's first session of the day, 0 for another that day.`,
  })
  points!: number;

  loggedById!: string;

  static from(session: MentorshipSession): MentorshipSessionObject {
    return Object.assign(new MentorshipSessionObject(), {
      id: session.id,
      heldAt: session.heldAt,
      minutes: session.minutes,
      notes: session.notes,
      points: session.counted ? MENTORING_SESSION_POINTS : 0,
      loggedById: session.loggedById,
    });
  }
}
