import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Team, User } from '#directory/organizations';

/** What a customer said about an employee, a team, or both: CSAT 1-5, NPS 0-10, and their words. */
@Entity('customer_feedback')
@Index('customer_feedback_external', ['organizationId', 'externalId'], { unique: true, where: 'external_id IS NOT NULL' })
@Index('customer_feedback_by_team', ['teamId', 'receivedAt'])
@Index('customer_feedback_by_employee', ['employeeId', 'receivedAt'])
@Index('customer_feedback_by_organization', ['organizationId', 'receivedAt'])
/** Low ratings (isLowRating in libs/domain) of a team, for "needs coaching". */
@Index('customer_feedback_low_by_team', ['teamId', 'receivedAt'], { where: 'csat <= 2 OR nps <= 6' })
export class CustomerFeedback {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @Column('uuid', { nullable: true })
  employeeId!: string | null;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  employee?: Relation<User> | null;

  @Column('uuid', { nullable: true })
  teamId!: string | null;

  @ManyToOne(() => Team, { onDelete: 'SET NULL' })
  @JoinColumn()
  team?: Relation<Team> | null;

  @Column('smallint')
  csat!: number;

  @Column('smallint', { nullable: true })
  nps!: number | null;

  @Column('text', { nullable: true })
  comment!: string | null;

  @Column('text', { nullable: true })
  customerName!: string | null;

  /** The help desk's id for it (a ticket number): the same feedback is recorded once. */
  @Column('text', { nullable: true })
  externalId!: string | null;

  @Column('uuid', { nullable: true })
  recordedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  recordedBy?: Relation<User> | null;

  /** When the customer gave it (an import keeps the help desk's date). */
  @Column('timestamptz')
  receivedAt!: Date;
}
