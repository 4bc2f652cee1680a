import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Organization, User } from '#directory/organizations';

/** One person's copy of one week's newsletter: written when the week's mailing starts, stamped when it is handed to SMTP. */
@Entity('newsletter_deliveries')
@Index('newsletter_deliveries_waiting', ['organizationId', 'week'], { where: 'sent_at IS NULL' })
export class NewsletterDelivery {
  @PrimaryColumn('uuid')
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: Relation<User>;

  /** The Monday of the week the newsletter tells, in the organisation's time zone. */
  @PrimaryColumn('date')
  week!: string;

  @Column('uuid')
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn()
  organization?: Relation<Organization>;

  @Column('timestamptz', { nullable: true })
  sentAt!: Date | null;
}
