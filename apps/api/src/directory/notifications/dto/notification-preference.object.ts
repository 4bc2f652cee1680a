import { Field, ObjectType } from '@nestjs/graphql';
import { NotificationKind } from '@laurels/domain';
import './notification.object.js';

@ObjectType('NotificationPreference', { description: 'Whether one kind of notification is shown in the portal and mailed.' })
export class NotificationPreferenceObject {
  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field()
  inApp!: boolean;

  @Field()
  email!: boolean;
}
