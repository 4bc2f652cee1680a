import { Field, ObjectType } from '@nestjs/graphql';
import { UserObject } from '#directory/organizations';
import type { SignedIn } from './sessions.service.js';

@ObjectType('AuthPayload', { description: 'A bearer token and whom it signs in.' })
export class AuthPayloadObject {
  @Field({ description: 'Send as "Authorization: Bearer <token>". The portal never reads it: its session cookie carries the same.' })
  token!: string;

  @Field(() => UserObject)
  user!: UserObject;

  static from(signedIn: SignedIn): AuthPayloadObject {
    return Object.assign(new AuthPayloadObject(), { token: signedIn.token, user: UserObject.from(signedIn.user) });
  }
}
