import { LeaderboardPeriod, type CalendarPeriod } from '@laurels/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { User } from '#directory/organizations';

/**
 * Points a person earned in one calendar period of their organisation's time
 * zone: the sum of their ledger rows dated in it, moved in the transaction
 * that appends each row (PointsService.append) and rebuilt from the ledger by
 * rebuildPointsTotals. A row exists once something was earned in the period;
 * all time is users.points.
 *
 * organization_id, team_id, display_name and opted_out copy the person's, so
 * that a board reads its first places (ties broken by name) from one index;
 * a trigger on users keeps the copies, and moves a person's totals between
 * teams when their team changes (migrations LeaderboardTotals and
 * DeactivatedAccounts). A deactivated person counts as in no team and opted
 * out: their totals count toward no team and they rank on no board.
 */
@Entity('points_totals')
@Check('points_totals_calendar_period', `"period" <> 'ALL_TIME'`)
@Check('points_totals_earned', '"points" > 0')
// Boards and ranks: (organization_id | team_id, period, period_start, points DESC, display_name, user_id) WHERE NOT opted_out.
// TypeORM cannot declare DESC, so the migration creates them and synchronisation leaves them be.
@Index('points_totals_board', { synchronize: false })
@Index('points_totals_team_board', { synchronize: false })
export class PointsTotal {
  @PrimaryColumn('uuid')
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: Relation<User>;

  @PrimaryColumn({ type: 'enum', enum: LeaderboardPeriod, enumName: 'leaderboard_period' })
  period!: CalendarPeriod;

  /** The local day the period began: a Monday, or the first of a month or quarter. */
  @PrimaryColumn('date')
  periodStart!: string;

  @Column('uuid')
  organizationId!: string;

  @Column('uuid', { nullable: true })
  teamId!: string | null;

  @Column('text')
  displayName!: string;

  /** Left off other people's boards: opted out, or deactivated. */
  @Column('boolean')
  optedOut!: boolean;

  @Column('integer')
  points!: number;
}
