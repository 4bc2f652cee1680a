import { Field, ObjectType } from '@nestjs/graphql';
import { UserObject } from '#directory/organizations';
import type { SignedIn } from './accounts.service.js';

@ObjectType('AuthPayload', { description: 'A bearer token and whom it signs in.' })
export class AuthPayloadObject {
  @Field({ description: 'Send as "Authorization: Bearer <token>".' })
  token!: string;

  @Field(() => UserObject)
  user!: UserObject;

  static from(signedIn: SignedIn): AuthPayloadObject {
    return Object.assign(new AuthPayloadObject(), { token: signedIn.token, user: UserObject.from(signedIn.user) });
  }
}
