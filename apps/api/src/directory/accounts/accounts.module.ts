import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { User } from '#directory/organizations';
import { TokenService } from '#platform/auth';
import { AccessGuard } from './access.guard.js';
import { AccountResolver } from './account.resolver.js';
import { AccountsResolver } from './accounts.resolver.js';
import { AccountsService } from './accounts.service.js';
import { Authenticator } from './authenticator.js';

/** Signing in, bearer tokens, the deny-by-default guard on every resolver, and the signed-in account. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([User])],
  providers: [
    TokenService,
    Authenticator,
    AccountsService,
    AccountsResolver,
    AccountResolver,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [TokenService, Authenticator, AccountsService],
})
export class AccountsModule {}
