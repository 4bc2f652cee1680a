import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { User } from '#directory/organizations';
import { CourseModule } from '#catalog/courses';
import { Enrollment } from './enrollment.entity.js';

/**
 * One attempt at a module. Failed attempts are kept (with their score) and may
 * be retried; at most one attempt per enrollment and module is a pass.
 */
@Entity('module_completions')
@Index('module_completions_one_pass', ['enrollmentId', 'moduleId'], { unique: true, where: 'passed' })
@Index('module_completions_idempotency', ['userId', 'idempotencyKey'], { unique: true, where: 'idempotency_key IS NOT NULL' })
@Index('module_completions_passed_by_user', ['userId', 'completedAt'], { where: 'passed' })
@Index(['userId', 'moduleId'])
@Index(['enrollmentId'])
@Index(['moduleId'])
export class ModuleCompletion {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: Relation<User>;

  @Column('uuid')
  moduleId!: string;

  @ManyToOne(() => CourseModule, { onDelete: 'CASCADE' })
  @JoinColumn()
  module?: Relation<CourseModule>;

  /** The enrollment (course and cycle) the attempt belongs to. */
  @Column('uuid')
  enrollmentId!: string;

  @ManyToOne(() => Enrollment, { onDelete: 'CASCADE' })
  @JoinColumn()
  enrollment?: Relation<Enrollment>;

  /** Denormalised from the module, for per-course counts without a join. */
  @Column('uuid')
  courseId!: string;

  /** 0..100 for QUIZ and SCENARIO; null for the kinds that are not scored. */
  @Column('integer', { nullable: true })
  score!: number | null;

  @Column('boolean')
  passed!: boolean;

  /** Whether each answer was right, in question order. */
  @Column('boolean', { array: true, nullable: true })
  correct!: boolean[] | null;

  @Column('text', { nullable: true })
  idempotencyKey!: string | null;

  /** What this attempt earned, so that a retry answers exactly as the first time. */
  @Column('integer', { default: 0 })
  pointsAwarded!: number;

  /** The user's lifetime points right after this attempt. */
  @Column('integer', { nullable: true })
  pointsAfter!: number | null;

  @Column('boolean', { default: false })
  leveledUp!: boolean;

  /** Badges and certifications this attempt earned, for the same replay. */
  @Column('uuid', { array: true, default: () => "'{}'" })
  badgeAwardIds!: string[];

  @Column('uuid', { array: true, default: () => "'{}'" })
  certificationAwardIds!: string[];

  @Column('timestamptz', { default: () => 'now()' })
  completedAt!: Date;
}
