import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuthPayloadObject } from '#directory/accounts';
import { Public } from '#platform/auth';
import { Caller } from '#platform/rate-limit';
import { SignUpInput } from './dto/sign-up.input.js';
import { SignUpService } from './sign-up.service.js';

@Resolver()
export class SignUpResolver {
  constructor(private readonly signUps: SignUpService) {}

  @Mutation(() => AuthPayloadObject, { description: 'Public where sign-up is enabled: creates an organization and its first admin.' })
  @Public()
  async signUp(@Args('input') input: SignUpInput, @Caller() caller: string): Promise<AuthPayloadObject> {
    return AuthPayloadObject.from(await this.signUps.signUp(input, caller));
  }
}
