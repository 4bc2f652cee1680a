import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LearningEventKind, LearningEventStatus, MAX_EVENT_SKILLS } from '@laurels/domain';
import { AtMost } from '#platform/graphql';
import type { LearningEvent } from '../learning-event.entity.js';

registerEnumType(LearningEventKind, { name: 'LearningEventKind', description: 'A knowledge-sharing session, a workshop or a conference.' });
registerEnumType(LearningEventStatus, {
  name: 'LearningEventStatus',
  description: 'PENDING: an employee’s proposal awaiting a manager; PUBLISHED: open to RSVPs; DECLINED: not to be held.',
});

@ObjectType('LearningEvent', { description: 'A knowledge-sharing session, workshop or conference people attend and host for points.' })
export class LearningEventObject {
  @Field(() => ID)
  id!: string;

  @Field(() => LearningEventKind)
  kind!: LearningEventKind;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field(() => String, { nullable: true })
  location!: string | null;

  @Field(() => [String])
  @AtMost(MAX_EVENT_SKILLS)
  skills!: string[];

  @Field(() => Int, { description: 'Earned by each person marked as attended; hosts earn hostPoints.' })
  points!: number;

  @Field(() => Int)
  hostPoints!: number;

  @Field(() => LearningEventStatus)
  status!: LearningEventStatus;

  @Field({ description: 'Whether attendance has been recorded at least once.' })
  attendanceRecorded!: boolean;

  createdById!: string;

  static from(event: LearningEvent): LearningEventObject {
    return Object.assign(new LearningEventObject(), {
      id: event.id,
      kind: event.kind,
      title: event.title,
      description: event.description,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      location: event.location,
      skills: event.skills,
      points: event.points,
      hostPoints: event.hostPoints,
      status: event.status,
      attendanceRecorded: event.attendanceRecordedAt !== null,
      createdById: event.createdById,
    });
  }
}
