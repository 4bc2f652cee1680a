import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { Organization } from '#directory/organizations';

/**
 * One of an organisation's published revocation lists: a BitstringStatusListCredential signed
 * with its key, stored as published, and signed again whenever one of its bits is set.
 */
@Entity('status_lists')
export class StatusList {
  @PrimaryColumn('uuid')
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn()
  organization?: Relation<Organization>;

  /** Which list of the organisation: statusListSlot(position).list of the credentials it covers. */
  @PrimaryColumn('integer')
  list!: number;

  @Column('json')
  document!: Record<string, unknown>;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
