import { LeaderboardPeriod } from '@laurels/domain';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Organization } from '#directory/organizations';

/** The day an ALL_TIME row of PointsEarners begins on. */
export const ALL_TIME_START = '-infinity';

/**
 * How many people on an organisation's leaderboards (not opted out) earned
 * points in a period, ALL_TIME included: everyone who earned nothing shares
 * the rank after them, read here instead of counted. Moved by
 * PointsService.append when someone first earns in a period, and by the
 * trigger on users when someone opts out or back in.
 */
@Entity('points_earners')
@Check('points_earners_not_negative', '"people" >= 0')
export class PointsEarners {
  @PrimaryColumn('uuid')
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn()
  organization?: Relation<Organization>;

  @PrimaryColumn({ type: 'enum', enum: LeaderboardPeriod, enumName: 'leaderboard_period' })
  period!: LeaderboardPeriod;

  /** The local day the period began; ALL_TIME_START for all time. */
  @PrimaryColumn('date')
  periodStart!: string;

  @Column('integer')
  people!: number;
}
