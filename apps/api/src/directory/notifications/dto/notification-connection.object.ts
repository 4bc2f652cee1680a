import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionNodes, PageInfoObject } from '#platform/graphql';
import { MAX_UNREAD_COUNTED } from '../notifications.service.js';
import { NotificationObject } from './notification.object.js';

@ObjectType('NotificationConnection', { description: 'A page of the viewer’s notifications, newest first.' })
export class NotificationConnectionObject {
  @Field(() => [NotificationObject])
  @ConnectionNodes()
  nodes!: NotificationObject[];

  @Field(() => PageInfoObject)
  pageInfo!: PageInfoObject;

  @Field(() => Int, { description: `The viewer’s unread notifications, counted up to ${MAX_UNREAD_COUNTED}.` })
  unreadCount!: number;
}
