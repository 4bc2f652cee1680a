import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { UnauthenticatedError } from '@laurels/domain';
import type { GraphQLContext } from '#platform/graphql';
import type { Account } from './authenticator.js';

/** The request context once the access guard has read the caller's account. */
export interface AccountContext extends GraphQLContext {
  /** The viewer's own row and organisation, as read with the token over HTTP: `me` and `organization` read them here. */
  account?: Account;
  /** The one reading of the token and its account, shared by the root fields of the request. */
  authenticating?: Promise<Account>;
}

/**
 * The signed-in caller's own row and organisation, read with their token:
 * for root fields about the viewer, which then cost no query of their own.
 */
export const CurrentAccount = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const account = GqlExecutionContext.create(context).getContext<AccountContext>().account;
  if (!account) throw new UnauthenticatedError('Sign in first');
  return account;
});
