import { PointsReason } from '@laurels/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { User } from '#directory/organizations';

/**
 * The append-only points ledger. A row is never updated or deleted; a user's
 * points are the sum of their rows. The source key (reason, source, user) is
 * unique, so a retry or a race can never award the same thing twice.
 */
@Entity('points_entries')
@Index('points_entries_source', ['userId', 'reason', 'sourceId'], { unique: true })
@Index('points_entries_history', ['userId', 'createdAt', 'id'])
// Leaderboards sum a period's points per person: (organization_id, created_at) INCLUDE (user_id, amount),
// an index-only scan. TypeORM cannot declare INCLUDE, so the migration creates it and synchronisation leaves it be.
@Index('points_entries_by_period', { synchronize: false })
export class PointsEntry {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: Relation<User>;

  @Column('integer')
  amount!: number;

  @Column({ type: 'enum', enum: PointsReason, enumName: 'points_reason' })
  reason!: PointsReason;

  /** What earned it, e.g. "Completed “Listening first”". */
  @Column('text')
  description!: string;

  /** The id of the fact that earned the points (a module completion, an enrollment...). */
  @Column('text')
  sourceId!: string;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt!: Date;
}
