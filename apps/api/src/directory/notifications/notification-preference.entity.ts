import { NOTIFICATION_KINDS, type NotificationKind } from '@laurels/domain';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { User } from '#directory/organizations';

/** A person's choice for one kind of notification; kinds they never set follow defaultPreference. */
@Entity('notification_preferences')
export class NotificationPreferenceRow {
  @PrimaryColumn('uuid')
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: Relation<User>;

  @PrimaryColumn({ type: 'enum', enum: NOTIFICATION_KINDS, enumName: 'notification_kind' })
  kind!: NotificationKind;

  @Column('boolean')
  inApp!: boolean;

  @Column('boolean')
  email!: boolean;
}
