import { CredentialKind } from '@laurels/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Organization } from '#directory/organizations';

/**
 * The signed Open Badges 3.0 credential of a badge or certification award,
 * stored as issued. Its id is the award's id and appears in its public URL.
 */
@Entity('credentials')
@Index(['organizationId'])
export class Credential {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn()
  organization?: Relation<Organization>;

  @Column({ type: 'enum', enum: CredentialKind, enumName: 'credential_kind' })
  kind!: CredentialKind;

  /** The OpenBadgeCredential exactly as signed: json, not jsonb, so that key order and spacing are kept. */
  @Column('json')
  document!: Record<string, unknown>;

  /** The same credential as a compact VC-JWT signed with the organisation's Ed25519 key. */
  @Column('text')
  jwt!: string;

  @Column('timestamptz')
  issuedAt!: Date;
}
