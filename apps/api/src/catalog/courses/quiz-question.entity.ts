import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { CourseModule } from './course-module.entity.js';

/** A question of a QUIZ, or a decision point of a SCENARIO. The answer never leaves the server. */
@Entity('quiz_questions')
@Unique(['moduleId', 'position'])
export class QuizQuestion {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  moduleId!: string;

  @ManyToOne(() => CourseModule, { onDelete: 'CASCADE' })
  @JoinColumn()
  module?: Relation<CourseModule>;

  @Column('integer')
  position!: number;

  @Column('text')
  prompt!: string;

  @Column('text', { array: true })
  choices!: string[];

  @Column('integer')
  answerIndex!: number;

  /** Why the right answer is right; shown once the learner has answered it correctly. */
  @Column('text', { nullable: true })
  explanation!: string | null;
}
