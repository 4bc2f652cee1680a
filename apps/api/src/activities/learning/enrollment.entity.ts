import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { User } from '#directory/organizations';
import { Course } from '#catalog/courses';

/**
 * A learner taking a course, once per cycle: a completed course can be taken
 * again (to renew a certification), which starts the next cycle. Its status
 * follows from the modules passed in that cycle.
 */
@Entity('enrollments')
@Index('enrollments_cycle', ['userId', 'courseId', 'cycle'], { unique: true })
export class Enrollment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: Relation<User>;

  @Index()
  @Column('uuid')
  courseId!: string;

  @ManyToOne(() => Course, { onDelete: 'CASCADE' })
  @JoinColumn()
  course?: Relation<Course>;

  /** 1 for the first time through the course, 2 for the first retake... */
  @Column('integer', { default: 1 })
  cycle!: number;

  /** When the first module was passed. */
  @Column('timestamptz', { nullable: true })
  startedAt!: Date | null;

  /** When the last module was passed. */
  @Column('timestamptz', { nullable: true })
  completedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  dueAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
