import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { Course } from '#catalog/courses';
import { User } from '#directory/organizations';

/**
 * A course a manager asked someone to take, perhaps by a date. One per person
 * and course: assigning again moves the due date instead of duplicating.
 */
@Entity('assignments')
@Index('assignments_once', ['assigneeId', 'courseId'], { unique: true })
@Index(['courseId'])
// Reminders read the assignments due in a window.
@Index('assignments_due', ['dueAt'])
export class Assignment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  courseId!: string;

  @ManyToOne(() => Course, { onDelete: 'CASCADE' })
  @JoinColumn()
  course?: Relation<Course>;

  @Column('uuid')
  assigneeId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  assignee?: Relation<User>;

  @Column('uuid', { nullable: true })
  assignedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  assignedBy?: Relation<User> | null;

  @Column('timestamptz', { nullable: true })
  dueAt!: Date | null;

  @Column('text', { nullable: true })
  note!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
