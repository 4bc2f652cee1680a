import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { User } from '#directory/organizations';
import { CertificationDefinition } from '#catalog/certifications';

/**
 * A certification issued to a person. Renewals are new awards: the history is
 * kept, and `sequence` (1, 2, 3...) makes each issue happen exactly once.
 */
@Entity('certification_awards')
@Index('certification_awards_sequence', ['userId', 'certificationId', 'sequence'], { unique: true })
@Index(['certificationId'])
// Reminders read the certifications entering their renewal window.
@Index('certification_awards_expiry', ['expiresAt'])
export class CertificationAward {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  certificationId!: string;

  @ManyToOne(() => CertificationDefinition, { onDelete: 'CASCADE' })
  @JoinColumn()
  certification?: Relation<CertificationDefinition>;

  @Column('uuid')
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: Relation<User>;

  @Column('integer')
  sequence!: number;

  @Column('timestamptz')
  issuedAt!: Date;

  @Column('timestamptz', { nullable: true })
  expiresAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;

  @Column('uuid', { nullable: true })
  revokedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  revokedBy?: Relation<User> | null;

  @Column('text', { nullable: true })
  revokedReason!: string | null;
}
