import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Role } from '@laurels/domain';
import { UserObject } from '#directory/organizations';
import { CurrentViewer, RequireRole, type Viewer } from '#platform/auth';
import { IdArg } from '#platform/graphql';
import { AccountStatusService } from './account-status.service.js';
import { SetUserPasswordArgs } from './set-user-password.args.js';

@Resolver()
export class AccountStatusResolver {
  constructor(private readonly status: AccountStatusService) {}

  @Mutation(() => UserObject, { description: 'Admin only. The person can no longer sign in; live connections close; history stays.' })
  @RequireRole(Role.ADMIN)
  async deactivateUser(@CurrentViewer() viewer: Viewer, @IdArg('userId') userId: string): Promise<UserObject> {
    return UserObject.from(await this.status.deactivate(viewer, userId));
  }

  @Mutation(() => UserObject, { description: 'Admin only. The person can sign in again; their history is where they left it.' })
  @RequireRole(Role.ADMIN)
  async reactivateUser(@CurrentViewer() viewer: Viewer, @IdArg('userId') userId: string): Promise<UserObject> {
    return UserObject.from(await this.status.reactivate(viewer, userId));
  }

  @Mutation(() => UserObject, {
    description:
      'Admin only. Gives a colleague a password (an imported person’s first, or a forgotten one’s replacement); their sign-ins end.',
  })
  @RequireRole(Role.ADMIN)
  async setUserPassword(@CurrentViewer() viewer: Viewer, @Args() { userId, password }: SetUserPasswordArgs): Promise<UserObject> {
    return UserObject.from(await this.status.setPassword(viewer, userId, password));
  }
}
