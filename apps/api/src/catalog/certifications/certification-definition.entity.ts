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
import { Course } from '#catalog/courses';
import { Organization } from '#directory/organizations';

/** A certification an organisation issues when all its required courses are completed. */
@Entity('certification_definitions')
@Index('certification_definitions_name_unique', ['organizationId', 'name'], { unique: true })
export class CertificationDefinition {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn()
  organization?: Relation<Organization>;

  @Column('text')
  name!: string;

  @Column('text')
  description!: string;

  /** Days an award stays valid; null: it never expires. */
  @Column('integer', { nullable: true })
  validityDays!: number | null;

  @Column('integer')
  points!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

@Entity('certification_required_courses')
@Index(['courseId'])
export class CertificationRequiredCourse {
  @PrimaryColumn('uuid')
  certificationId!: string;

  @ManyToOne(() => CertificationDefinition, { onDelete: 'CASCADE' })
  @JoinColumn()
  certification?: Relation<CertificationDefinition>;

  @PrimaryColumn('uuid')
  courseId!: string;

  @ManyToOne(() => Course, { onDelete: 'CASCADE' })
  @JoinColumn()
  course?: Relation<Course>;

  @Column('integer')
  position!: number;
}
