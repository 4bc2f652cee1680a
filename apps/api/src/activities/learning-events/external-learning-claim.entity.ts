import { ClaimStatus } from '@laurels/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Organization, User } from '#directory/organizations';

/** Learning done outside (a conference, an outside course), claimed by the person and reviewed by their manager. */
@Entity('external_learning_claims')
@Index('external_learning_claims_by_user', ['userId', 'createdAt', 'id'])
@Index('external_learning_claims_by_status', ['organizationId', 'status', 'createdAt', 'id'])
export class ExternalLearningClaim {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn()
  organization?: Relation<Organization>;

  @Column('uuid')
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: Relation<User>;

  @Column('text')
  title!: string;

  @Column('text')
  provider!: string;

  @Column('timestamptz')
  completedOn!: Date;

  @Column('double precision')
  hours!: number;

  /** An http(s) link to a certificate or programme. */
  @Column('text', { nullable: true })
  evidenceUrl!: string | null;

  @Column({ type: 'enum', enum: ClaimStatus, enumName: 'claim_status', default: ClaimStatus.PENDING })
  status!: ClaimStatus;

  /** Set by the reviewer on approval, within the organisation's limit; 0 until then. */
  @Column('int', { default: 0 })
  points!: number;

  @Column('uuid', { nullable: true })
  reviewedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  reviewedBy?: Relation<User>;

  @Column('timestamptz', { nullable: true })
  reviewedAt!: Date | null;

  /** The reviewer's words to the person. */
  @Column('text', { nullable: true })
  note!: string | null;

  @Column('timestamptz')
  createdAt!: Date;
}
