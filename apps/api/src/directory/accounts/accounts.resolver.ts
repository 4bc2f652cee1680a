import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Public, SignedIn } from '#platform/auth';
import type { GraphQLContext } from '#platform/graphql';
import { Caller } from '#platform/rate-limit';
import { CurrentAccount } from './account-context.js';
import { AccountsService } from './accounts.service.js';
import { AuthPayloadObject } from './auth-payload.object.js';
import type { Account } from './authenticator.js';
import { ChangePasswordArgs } from './change-password.args.js';
import { SessionCookie } from './session-cookie.js';

/** Signing in and out, and the password; each answer over HTTP also sets or clears the portal's session cookie. */
@Resolver()
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly cookie: SessionCookie,
  ) {}

  @Mutation(() => AuthPayloadObject, { description: 'Public. Signs in with email and password.' })
  @Public()
  async login(
    @Args('email') email: string,
    @Args('password') password: string,
    @Caller() caller: string,
    @Context() context: GraphQLContext,
  ): Promise<AuthPayloadObject> {
    const signedIn = await this.accounts.login(email, password, caller);
    this.cookie.write(context.reply, signedIn);
    return AuthPayloadObject.from(signedIn);
  }

  @Mutation(() => Boolean, { description: 'Ends this sign-in everywhere it is used.' })
  @SignedIn()
  async signOut(@CurrentAccount() account: Account, @Context() context: GraphQLContext): Promise<boolean> {
    this.cookie.clear(context.reply);
    return this.accounts.signOut(account);
  }

  @Mutation(() => AuthPayloadObject, {
    description: 'Signs out every other session of the viewer, and gives this one a fresh token.',
  })
  @SignedIn()
  async changePassword(
    @CurrentAccount() account: Account,
    @Args() { currentPassword, newPassword }: ChangePasswordArgs,
    @Caller() caller: string,
    @Context() context: GraphQLContext,
  ): Promise<AuthPayloadObject> {
    const signedIn = await this.accounts.changePassword(account, currentPassword, newPassword, caller);
    this.cookie.write(context.reply, signedIn);
    return AuthPayloadObject.from(signedIn);
  }
}
