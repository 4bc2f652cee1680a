import { LearningEventKind, LearningEventStatus } from '@laurels/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Organization, User } from '#directory/organizations';

/** A knowledge-sharing session, workshop or conference: who hosts it, when, and what attending earns. */
@Entity('learning_events')
@Index('learning_events_by_start', ['organizationId', 'startsAt', 'id'])
export class LearningEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn()
  organization?: Relation<Organization>;

  @Column({ type: 'enum', enum: LearningEventKind, enumName: 'learning_event_kind' })
  kind!: LearningEventKind;

  @Column('text')
  title!: string;

  @Column('text')
  description!: string;

  @Column('timestamptz')
  startsAt!: Date;

  @Column('timestamptz')
  endsAt!: Date;

  /** A room, an address or a meeting link. */
  @Column('text', { nullable: true })
  location!: string | null;

  @Column('text', { array: true })
  skills!: string[];

  /** Earned by each person marked as attending. */
  @Column('int')
  points!: number;

  /** Earned by each host once attendance is recorded. */
  @Column('int')
  hostPoints!: number;

  @Column({ type: 'enum', enum: LearningEventStatus, enumName: 'learning_event_status' })
  status!: LearningEventStatus;

  /** Who created or proposed it. */
  @Column('uuid')
  createdById!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  createdBy?: Relation<User>;

  /** The manager or admin who published or declined a proposal. */
  @Column('uuid', { nullable: true })
  reviewedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  reviewedBy?: Relation<User>;

  /** When attendance was first recorded: from then on, the hosts count the session as hosted. */
  @Column('timestamptz', { nullable: true })
  attendanceRecordedAt!: Date | null;

  @Column('timestamptz')
  createdAt!: Date;
}

/** A person hosting an event. */
@Entity('learning_event_hosts')
@Index('learning_event_hosts_by_user', ['userId'])
export class LearningEventHost {
  @PrimaryColumn('uuid')
  eventId!: string;

  @ManyToOne(() => LearningEvent, { onDelete: 'CASCADE' })
  @JoinColumn()
  event?: Relation<LearningEvent>;

  @PrimaryColumn('uuid')
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: Relation<User>;
}

/** A person who said they are going; saying they are not removes the row. */
@Entity('learning_event_rsvps')
@Index('learning_event_rsvps_by_user', ['userId'])
export class LearningEventRsvp {
  @PrimaryColumn('uuid')
  eventId!: string;

  @ManyToOne(() => LearningEvent, { onDelete: 'CASCADE' })
  @JoinColumn()
  event?: Relation<LearningEvent>;

  @PrimaryColumn('uuid')
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: Relation<User>;

  @Column('timestamptz')
  answeredAt!: Date;
}

/** A person marked as having attended: one row per event and person, so marking twice awards once. */
@Entity('learning_event_attendances')
@Index('learning_event_attendances_by_user', ['userId'])
export class LearningEventAttendance {
  @PrimaryColumn('uuid')
  eventId!: string;

  @ManyToOne(() => LearningEvent, { onDelete: 'CASCADE' })
  @JoinColumn()
  event?: Relation<LearningEvent>;

  @PrimaryColumn('uuid')
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: Relation<User>;

  @Column('uuid')
  recordedById!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  recordedBy?: Relation<User>;

  @Column('timestamptz')
  recordedAt!: Date;
}
