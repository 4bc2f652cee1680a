import { MilestoneMetric } from '@laurels/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Team, User } from '#directory/organizations';

/** A target a team rallies around, counted from the facts inside its window; reached once. */
@Entity('team_milestones')
@Index(['teamId', 'startsAt'])
@Index('team_milestones_reached', ['organizationId', 'reachedAt'], { where: 'reached_at IS NOT NULL' })
export class TeamMilestone {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  teamId!: string;

  @ManyToOne(() => Team, { onDelete: 'CASCADE' })
  @JoinColumn()
  team?: Relation<Team>;

  @Column('text')
  title!: string;

  @Column({ type: 'enum', enum: MilestoneMetric, enumName: 'milestone_metric' })
  metric!: MilestoneMetric;

  @Column('double precision')
  target!: number;

  @Column('timestamptz')
  startsAt!: Date;

  @Column('timestamptz', { nullable: true })
  endsAt!: Date | null;

  /** Set once, by the achievement path, when the target is first reached. */
  @Column('timestamptz', { nullable: true })
  reachedAt!: Date | null;

  @Column('uuid', { nullable: true })
  createdById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  createdBy?: Relation<User> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
