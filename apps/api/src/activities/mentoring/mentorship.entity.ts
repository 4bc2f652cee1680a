import { MentorshipStatus } from '@laurels/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Organization, User } from '#directory/organizations';

/** A mentor paired with a mentee around a goal by a manager or admin, until completed (or its end date). */
@Entity('mentorships')
@Index('mentorships_of_mentor', ['mentorId', 'startedAt', 'id'])
@Index('mentorships_of_mentee', ['menteeId', 'startedAt', 'id'])
// The last guard against a second active pairing of the same two (the service checks both ways round, under their locks).
@Index('mentorships_active_pair', ['mentorId', 'menteeId'], { unique: true, where: `status = 'ACTIVE'` })
export class Mentorship {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn()
  organization?: Relation<Organization>;

  @Column('uuid')
  mentorId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  mentor?: Relation<User>;

  @Column('uuid')
  menteeId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  mentee?: Relation<User>;

  @Column('text')
  goal!: string;

  /** ACTIVE until completed; ENDED when a new pairing of the same two replaced one past its end date. */
  @Column({ type: 'enum', enum: MentorshipStatus, enumName: 'mentorship_status', default: MentorshipStatus.ACTIVE })
  status!: MentorshipStatus;

  @Column('timestamptz')
  startedAt!: Date;

  @Column('timestamptz', { nullable: true })
  endsAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  completedAt!: Date | null;

  /** The manager or admin who paired them. */
  @Column('uuid', { nullable: true })
  pairedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  pairedBy?: Relation<User> | null;
}
