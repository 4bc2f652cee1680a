import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Public } from '../common/auth/access.decorators.js';
import { UserObject } from '../organizations/dto/user.object.js';
import { AuthService, type SignedIn } from './auth.service.js';
import { AuthPayloadObject } from './dto/auth-payload.object.js';
import { SignUpInput } from './dto/sign-up.input.js';

function toPayload(signedIn: SignedIn): AuthPayloadObject {
  return Object.assign(new AuthPayloadObject(), { token: signedIn.token, user: UserObject.from(signedIn.user) });
}

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => AuthPayloadObject, { description: 'Public where sign-up is enabled: creates an organization and its first admin.' })
  @Public()
  async signUp(@Args('input') input: SignUpInput): Promise<AuthPayloadObject> {
    return toPayload(await this.auth.signUp(input));
  }

  @Mutation(() => AuthPayloadObject, { description: 'Public. Signs in with email and password.' })
  @Public()
  async login(@Args('email') email: string, @Args('password') password: string): Promise<AuthPayloadObject> {
    return toPayload(await this.auth.login(email, password));
  }
}
