import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Organization } from '#directory/organizations';

/** Something people can spend points on, from the organisation's catalogue. */
@Entity('rewards')
@Index('rewards_catalogue', ['organizationId', 'active', 'cost'])
@Check('rewards_cost', '"cost" > 0')
@Check('rewards_stock', '"stock" IS NULL OR "stock" >= 0')
export class Reward {
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

  @Column('integer')
  cost!: number;

  /** How many are left; null: unlimited. A redemption takes one, a rejection gives it back. */
  @Column('integer', { nullable: true })
  stock!: number | null;

  @Column('boolean', { default: true })
  active!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
