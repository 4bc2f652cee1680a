import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { AuthPayloadObject, SessionCookie } from '#directory/accounts';
import { Public } from '#platform/auth';
import { Caller } from '#platform/rate-limit';
import type { GraphQLContext } from '#platform/graphql';
import { SignUpInput } from './dto/sign-up.input.js';
import { SignUpService } from './sign-up.service.js';

@Resolver()
export class SignUpResolver {
  constructor(
    private readonly signUps: SignUpService,
    private readonly cookie: SessionCookie,
  ) {}

  @Mutation(() => AuthPayloadObject, { description: 'Public where sign-up is enabled: creates an organization and its first admin.' })
  @Public()
  async signUp(
    @Args('input') input: SignUpInput,
    @Caller() caller: string,
    @Context() context: GraphQLContext,
  ): Promise<AuthPayloadObject> {
    const signedIn = await this.signUps.signUp(input, caller);
    this.cookie.write(context.reply, signedIn);
    return AuthPayloadObject.from(signedIn);
  }
}
