import { RedemptionStatus } from '@laurels/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { User } from '#directory/organizations';
import { Reward } from './reward.entity.js';

/**
 * A person's request for a reward. Its cost is held from their spendable
 * points from the moment it is made (PENDING), spent once APPROVED, and given
 * back when REJECTED; their lifetime points never move.
 */
@Entity('redemptions')
// A retry with the same key finds the first redemption.
@Index('redemptions_once', ['userId', 'idempotencyKey'], { unique: true })
// A person's redemptions, newest first; and what they hold.
@Index('redemptions_by_user', ['userId', 'requestedAt'])
// The review queue: an organisation's redemptions in one status, oldest first.
@Index('redemptions_queue', ['organizationId', 'status', 'requestedAt'])
@Index(['rewardId'])
export class Redemption {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  rewardId!: string;

  @ManyToOne(() => Reward, { onDelete: 'CASCADE' })
  @JoinColumn()
  reward?: Relation<Reward>;

  @Column('uuid')
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: Relation<User>;

  /** The reward's cost when it was redeemed: a later change of price moves no hold. */
  @Column('integer')
  cost!: number;

  @Column({ type: 'enum', enum: RedemptionStatus, enumName: 'redemption_status', default: RedemptionStatus.PENDING })
  status!: RedemptionStatus;

  @Column('text')
  idempotencyKey!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  requestedAt!: Date;

  @Column('timestamptz', { nullable: true })
  reviewedAt!: Date | null;

  @Column('uuid', { nullable: true })
  reviewedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  reviewedBy?: Relation<User> | null;

  @Column('text', { nullable: true })
  note!: string | null;
}
