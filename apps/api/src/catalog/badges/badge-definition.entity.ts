import { BadgeRuleKind, BadgeTier } from '@laurels/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Organization } from '#directory/organizations';

/** A badge an organisation offers, with its criteria known to everyone before anyone earns it. */
@Entity('badge_definitions')
@Index('badge_definitions_name_unique', ['organizationId', 'name'], { unique: true })
export class BadgeDefinition {
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

  /** The criteria in words. */
  @Column('text')
  criteria!: string;

  @Column({ type: 'enum', enum: BadgeRuleKind, enumName: 'badge_rule_kind' })
  kind!: BadgeRuleKind;

  @Column('integer')
  threshold!: number;

  /** For SKILL_COURSES_COMPLETED: the skill counted, lower-case. */
  @Column('text', { nullable: true })
  skill!: string | null;

  @Column({ type: 'enum', enum: BadgeTier, enumName: 'badge_tier' })
  tier!: BadgeTier;

  /** The name of the icon drawn on the badge, or an emoji. */
  @Column('text')
  icon!: string;

  /** Bonus points added to the ledger when the badge is earned. */
  @Column('integer')
  points!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
