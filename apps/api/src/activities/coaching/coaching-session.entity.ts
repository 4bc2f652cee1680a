import { CoachingStatus } from '@laurels/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { User } from '#directory/organizations';
import { CustomerFeedback } from '#activities/feedback';

/** A manager's coaching of an employee after a low rating; its notes are for the two of them and admins only. */
@Entity('coaching_sessions')
@Index('coaching_sessions_by_employee', ['employeeId', 'createdAt', 'id'])
@Index('coaching_sessions_by_coach', ['coachId', 'createdAt', 'id'])
@Index('coaching_sessions_by_team', ['teamId', 'createdAt', 'id'])
export class CoachingSession {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  employeeId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  employee?: Relation<User>;

  @Column('uuid')
  coachId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  coach?: Relation<User>;

  /** The employee's team when the session was opened: whose manager lists it. */
  @Column('uuid', { nullable: true })
  teamId!: string | null;

  @Column('text', { array: true })
  focusSkills!: string[];

  @Column('text')
  notes!: string;

  /** Courses suggested, and assigned when the session was opened. */
  @Column('uuid', { array: true })
  courseIds!: string[];

  @Column('timestamptz', { nullable: true })
  followUpAt!: Date | null;

  @Column({ type: 'enum', enum: CoachingStatus, enumName: 'coaching_status', default: CoachingStatus.OPEN })
  status!: CoachingStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  acknowledgedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  completedAt!: Date | null;
}

/** The feedback a session is about: a rating with a row here has been taken up, by one session. */
@Entity('coaching_session_feedback')
@Index('coaching_session_feedback_once', ['feedbackId'], { unique: true })
export class CoachingSessionFeedback {
  @PrimaryColumn('uuid')
  sessionId!: string;

  @ManyToOne(() => CoachingSession, { onDelete: 'CASCADE' })
  @JoinColumn()
  session?: Relation<CoachingSession>;

  @PrimaryColumn('uuid')
  feedbackId!: string;

  @ManyToOne(() => CustomerFeedback, { onDelete: 'CASCADE' })
  @JoinColumn()
  feedback?: Relation<CustomerFeedback>;
}
