import { ModuleKind } from '@laurels/domain';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { Course } from './course.entity.js';

/** One step of a course: a lesson to read, a quiz or role-play scenario to pass. */
@Entity('modules')
@Unique(['courseId', 'position'])
export class CourseModule {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  courseId!: string;

  @ManyToOne(() => Course, { onDelete: 'CASCADE' })
  @JoinColumn()
  course?: Relation<Course>;

  /** 1-based order within the course. */
  @Column('integer')
  position!: number;

  @Column('text')
  title!: string;

  @Column({ type: 'enum', enum: ModuleKind, enumName: 'module_kind' })
  kind!: ModuleKind;

  /** Markdown. */
  @Column('text')
  body!: string;

  @Column('integer')
  points!: number;

  /** Percentage needed to pass a QUIZ or SCENARIO; null for the other kinds. */
  @Column('integer', { nullable: true })
  passingScore!: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
