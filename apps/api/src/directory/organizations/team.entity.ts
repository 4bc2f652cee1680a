import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Organization } from './organization.entity.js';
import { User } from './user.entity.js';

@Entity('teams')
@Index('teams_name_unique', ['organizationId', 'name'], { unique: true })
// The all-time team board: (organization_id, points DESC, name, id), made by the migration (TypeORM cannot declare DESC).
@Index('teams_board', { synchronize: false })
export class Team {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn()
  organization?: Relation<Organization>;

  @Column('text')
  name!: string;

  /** Manages the team's assignments, milestones and feedback. */
  @Index()
  @Column('uuid', { nullable: true })
  managerId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  manager?: Relation<User> | null;

  /**
   * Lifetime points of the current members: the sum of their users.points,
   * moved by PointsService.append and, when someone joins or leaves, by the
   * trigger on users.
   */
  @Column('integer', { default: 0 })
  points!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
