import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Public } from '#platform/auth';
import { Caller } from '#platform/rate-limit';
import { AccountsService } from './accounts.service.js';
import { AuthPayloadObject } from './auth-payload.object.js';

@Resolver()
export class AccountsResolver {
  constructor(private readonly accounts: AccountsService) {}

  @Mutation(() => AuthPayloadObject, { description: 'Public. Signs in with email and password.' })
  @Public()
  async login(@Args('email') email: string, @Args('password') password: string, @Caller() caller: string): Promise<AuthPayloadObject> {
    return AuthPayloadObject.from(await this.accounts.login(email, password, caller));
  }
}
