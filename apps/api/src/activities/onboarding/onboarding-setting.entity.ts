import { Check, Column, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { LearningPath } from '#catalog/courses';
import { Organization } from '#directory/organizations';

/**
 * The learning path an organisation assigns to everyone it adds, due
 * `dueDays` after their start. No row: onboarding is off.
 */
@Entity('onboarding_settings')
@Check('onboarding_settings_due_days', '"due_days" BETWEEN 1 AND 365')
export class OnboardingSetting {
  @PrimaryColumn('uuid')
  organizationId!: string;

  @OneToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn()
  organization?: Relation<Organization>;

  @Column('uuid')
  pathId!: string;

  // A path removed from the catalogue turns onboarding off rather than leaving it pointing nowhere.
  @ManyToOne(() => LearningPath, { onDelete: 'CASCADE' })
  @JoinColumn()
  path?: Relation<LearningPath>;

  @Column('integer')
  dueDays!: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
