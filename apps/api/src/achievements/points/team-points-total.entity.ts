import { LeaderboardPeriod, type CalendarPeriod } from '@laurels/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Team } from '#directory/organizations';

/**
 * Points a team's current members earned in one calendar period: the sum of
 * their PointsTotal rows, moved with them when they change teams. All time is
 * teams.points. name copies the team's, for the tie-break, kept by a trigger
 * on teams.
 */
@Entity('team_points_totals')
@Check('team_points_totals_calendar_period', `"period" <> 'ALL_TIME'`)
@Check('team_points_totals_not_negative', '"points" >= 0')
// The team board: (organization_id, period, period_start, points DESC, name, team_id) WHERE points > 0, made by the migration.
@Index('team_points_totals_board', { synchronize: false })
export class TeamPointsTotal {
  @PrimaryColumn('uuid')
  teamId!: string;

  @ManyToOne(() => Team, { onDelete: 'CASCADE' })
  @JoinColumn()
  team?: Relation<Team>;

  @PrimaryColumn({ type: 'enum', enum: LeaderboardPeriod, enumName: 'leaderboard_period' })
  period!: CalendarPeriod;

  @PrimaryColumn('date')
  periodStart!: string;

  @Column('uuid')
  organizationId!: string;

  @Column('text')
  name!: string;

  @Column('integer')
  points!: number;
}
