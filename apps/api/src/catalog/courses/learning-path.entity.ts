import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Organization } from '#directory/organizations';
import { Course } from './course.entity.js';

/** An ordered series of courses, such as onboarding. */
@Entity('learning_paths')
export class LearningPath {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid')
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn()
  organization?: Relation<Organization>;

  @Column('text')
  title!: string;

  @Column('text')
  description!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

@Entity('learning_path_courses')
@Index(['courseId'])
export class LearningPathCourse {
  @PrimaryColumn('uuid')
  pathId!: string;

  @ManyToOne(() => LearningPath, { onDelete: 'CASCADE' })
  @JoinColumn()
  path?: Relation<LearningPath>;

  @PrimaryColumn('uuid')
  courseId!: string;

  @ManyToOne(() => Course, { onDelete: 'CASCADE' })
  @JoinColumn()
  course?: Relation<Course>;

  @Column('integer')
  position!: number;
}
