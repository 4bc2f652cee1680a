import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { User } from '#directory/organizations';
import { BadgeDefinition } from '#catalog/badges';

/** A badge held by a person: at most once, whatever races happen. */
@Entity('badge_awards')
@Index('badge_awards_once', ['userId', 'badgeId'], { unique: true })
@Index('badge_awards_holders', ['badgeId', 'awardedAt', 'id'])
export class BadgeAward {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  badgeId!: string;

  @ManyToOne(() => BadgeDefinition, { onDelete: 'CASCADE' })
  @JoinColumn()
  badge?: Relation<BadgeDefinition>;

  @Column('uuid')
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: Relation<User>;

  @Column('timestamptz')
  awardedAt!: Date;

  /** Who gave a MANUAL badge. */
  @Column('uuid', { nullable: true })
  awardedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  awardedBy?: Relation<User> | null;

  @Column('text', { nullable: true })
  reason!: string | null;

  /** Set when an admin revoked it: the award stays in the history, its credential reads as revoked. */
  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;

  @Column('uuid', { nullable: true })
  revokedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  revokedBy?: Relation<User> | null;

  @Column('text', { nullable: true })
  revokedReason!: string | null;
}
