import { Query, Resolver } from '@nestjs/graphql';
import { OrganizationObject, UserObject } from '#directory/organizations';
import { SignedIn } from '#platform/auth';
import { CurrentAccount } from './account-context.js';
import type { Account } from './authenticator.js';

/** The signed-in person and their organisation, as read with their token. */
@Resolver()
export class AccountResolver {
  @Query(() => UserObject, { description: 'The signed-in user.' })
  @SignedIn()
  me(@CurrentAccount() account: Account): UserObject {
    return UserObject.from(account.user);
  }

  @Query(() => OrganizationObject, { description: 'The signed-in user’s organisation.' })
  @SignedIn()
  organization(@CurrentAccount() account: Account): OrganizationObject {
    return OrganizationObject.from(account.organization);
  }
}
