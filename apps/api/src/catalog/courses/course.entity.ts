import { CourseStatus } from '@laurels/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Organization, User } from '#directory/organizations';

@Entity('courses')
@Index(['organizationId', 'status'])
export class Course {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn()
  organization?: Relation<Organization>;

  @Column('text')
  title!: string;

  @Column('text')
  summary!: string;

  /** Lower-case skill names, e.g. "empathy", "de-escalation". */
  @Column('text', { array: true, default: () => "'{}'" })
  skills!: string[];

  @Column('integer')
  estimatedMinutes!: number;

  /** Bonus points for completing every module. */
  @Column('integer')
  points!: number;

  @Column({ type: 'enum', enum: CourseStatus, enumName: 'course_status', default: CourseStatus.DRAFT })
  status!: CourseStatus;

  @Column('uuid', { nullable: true })
  createdById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  createdBy?: Relation<User> | null;

  @Column('timestamptz', { nullable: true })
  publishedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
