import { NOTIFICATION_KINDS, type NotificationKind } from '@laurels/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Organization, User } from '#directory/organizations';

/** Something said to one person: shown in the portal's list (unless they turned the kind off there), and mailed if they want it. */
@Entity('notifications')
// The same thing is said to a person once, whatever retries or races.
@Index('notifications_once', ['recipientId', 'key'], { unique: true })
@Index('notifications_listed', ['recipientId', 'createdAt', 'id'], { where: 'in_app' })
@Index('notifications_unread', ['recipientId', 'createdAt', 'id'], { where: 'in_app AND read_at IS NULL' })
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn()
  organization?: Relation<Organization>;

  @Column('uuid')
  recipientId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  recipient?: Relation<User>;

  @Column({ type: 'enum', enum: NOTIFICATION_KINDS, enumName: 'notification_kind' })
  kind!: NotificationKind;

  @Column('text')
  title!: string;

  @Column('text')
  body!: string;

  /** Portal path to open. */
  @Column('text')
  url!: string;

  /** What it is about, e.g. "NUDGE:<assignment id>:<day>": one notification per key and recipient. */
  @Column('text')
  key!: string;

  /** Whether the portal lists it: the recipient's in-app preference for the kind when it was written. */
  @Column('boolean')
  inApp!: boolean;

  /** Whether it is mailed: the recipient's email preference for the kind when it was written. */
  @Column('boolean')
  byEmail!: boolean;

  @Column('timestamptz')
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  readAt!: Date | null;

  /** Set just before the mail is handed to SMTP (and cleared if it is refused): the mail goes once. */
  @Column('timestamptz', { nullable: true })
  emailedAt!: Date | null;
}
