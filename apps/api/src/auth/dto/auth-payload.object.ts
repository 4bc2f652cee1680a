import { Field, ObjectType } from '@nestjs/graphql';
import { UserObject } from '../../organizations/dto/user.object.js';

@ObjectType('AuthPayload', { description: 'A bearer token and whom it signs in.' })
export class AuthPayloadObject {
  @Field({ description: 'Send as "Authorization: Bearer <token>".' })
  token!: string;

  @Field(() => UserObject)
  user!: UserObject;
}
