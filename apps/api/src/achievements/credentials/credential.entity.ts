import { CredentialKind } from '@laurels/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Organization } from '#directory/organizations';

const bigintNumber = { to: (value: number | undefined) => value, from: (value: string) => Number(value) };

/**
 * The signed Open Badges 3.0 credential of a badge or certification award,
 * stored as issued. Its id is the award's id and appears in its public URL.
 */
@Entity('credentials')
@Index(['organizationId', 'statusPosition'])
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

  /**
   * The OpenBadgeCredential exactly as signed, with its embedded Data Integrity proof: json, not
   * jsonb, so that key order and spacing are kept. Credentials issued before proofs existed have
   * none until they are next served (or `upgrade-credentials` runs).
   */
  @Column('json')
  document!: Record<string, unknown>;

  /** The same credential, without the embedded proof, as a compact VC-JWT signed with the organisation's Ed25519 key. */
  @Column('text')
  jwt!: string;

  /**
   * Where its revocation bit lives (see statusListSlot): a number no other credential has, from
   * the column's own sequence, drawn before the credential is signed since the credential states it.
   */
  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'BY DEFAULT', transformer: bigintNumber })
  statusPosition!: number;

  @Column('timestamptz')
  issuedAt!: Date;
}
