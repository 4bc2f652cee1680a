import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Organization } from './organization.entity.js';
import { Team } from './team.entity.js';
import { Role } from '@laurels/domain';

@Entity('users')
// The directory, a page at a time by name: the organisation's active (or deactivated) people, or one team's.
@Index('users_by_name', ['organizationId', 'active', 'searchName', 'id'])
@Index('users_by_team', ['teamId', 'active', 'searchName', 'id'])
@Index('users_email_unique', ['email'], { unique: true })
// All-time boards: (organization_id | team_id, points DESC, display_name, id) WHERE active AND NOT leaderboard_opt_out,
// made by the migrations (TypeORM cannot declare DESC). Triggers keep the leaderboards' copies of display_name, team_id,
// leaderboard_opt_out and active, move points between teams and count ranked people whenever a row changes: see points_totals.
@Index('users_board', { synchronize: false })
@Index('users_team_board', { synchronize: false })
// Work anniversaries of a day: (organization_id, month * 100 + day of started_at in UTC) WHERE started_at IS NOT NULL
// AND active, an expression index made by the migrations (TypeORM cannot declare one).
@Index('users_start_month_day', { synchronize: false })
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn()
  organization?: Relation<Organization>;

  /** Stored lower-case; sign-in is by email alone, so it is unique across organisations. */
  @Column('text')
  email!: string;

  @Column('text')
  displayName!: string;

  /**
   * The name as searched and sorted: lower-case, without accents (laurels_fold,
   * a function of the database). Kept by PostgreSQL; never written by the app.
   */
  @Column({
    type: 'text',
    collation: 'C',
    generatedType: 'STORED',
    asExpression: 'laurels_fold(display_name)',
    insert: false,
    update: false,
  })
  searchName!: string;

  @Column({ type: 'enum', enum: Role, enumName: 'user_role', default: Role.EMPLOYEE })
  role!: Role;

  @Column('uuid', { nullable: true })
  teamId!: string | null;

  @ManyToOne(() => Team, { onDelete: 'SET NULL' })
  @JoinColumn()
  team?: Relation<Team> | null;

  /** scrypt, as `scrypt$N$r$p$salt$hash`. */
  @Column('text')
  passwordHash!: string;

  /** Cached sum of this user's points ledger, updated in the same transaction as each entry. */
  @Column('integer', { default: 0 })
  points!: number;

  @Column('boolean', { default: false })
  leaderboardOptOut!: boolean;

  /** The person's first working day, for onboarding and work anniversaries; unknown for people added before it was asked. */
  @Column('timestamptz', { nullable: true })
  startedAt!: Date | null;

  /**
   * False once an admin deactivated the account: it cannot sign in, its
   * sign-ins have ended, it is off the leaderboards (its points leave its
   * team's too) and out of the directory; its history stays.
   */
  @Column('boolean', { default: true })
  active!: boolean;

  /**
   * The streak of consecutive days with a passed module, kept by the
   * achievement path: its length, its last day (in the organisation's time
   * zone), and when it ends unless extended (the local midnight after the day
   * after). Reading it costs nothing, however long the person's history.
   */
  @Column('integer', { default: 0 })
  streakDays!: number;

  @Column('date', { nullable: true })
  streakLastDay!: string | null;

  @Column('timestamptz', { nullable: true })
  streakEndsAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
