import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NotificationKind } from '@laurels/domain';
import type { NotificationEvent } from '../live-notifications.js';
import type { Notification } from '../notification.entity.js';

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about; each kind has its own preference.',
});

@ObjectType('Notification', { description: 'Something said to the viewer: a reminder, a nudge, recognition, a reply.' })
export class NotificationObject {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field()
  title!: string;

  @Field()
  body!: string;

  @Field({ description: 'Portal path to open, e.g. /courses/<id>.' })
  url!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  readAt!: Date | null;

  static from(notification: Notification): NotificationObject {
    const { id, kind, title, body, url, createdAt, readAt } = notification;
    return Object.assign(new NotificationObject(), { id, kind, title, body, url, createdAt, readAt });
  }

  static fromEvent(event: NotificationEvent): NotificationObject {
    const { id, kind, title, body, url } = event;
    return Object.assign(new NotificationObject(), { id, kind, title, body, url, createdAt: new Date(event.createdAt), readAt: null });
  }
}
