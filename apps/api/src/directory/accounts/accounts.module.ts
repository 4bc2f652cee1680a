import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { User } from '#directory/organizations';
import { TokenService } from '#platform/auth';
import { PubSubModule } from '#platform/pubsub';
import { AccessGuard } from './access.guard.js';
import { AccountStatusResolver } from './account-status.resolver.js';
import { AccountStatusService } from './account-status.service.js';
import { AccountResolver } from './account.resolver.js';
import { AccountsResolver } from './accounts.resolver.js';
import { AccountsService } from './accounts.service.js';
import { Authenticator } from './authenticator.js';
import { LiveSessions } from './live-sessions.js';
import { SessionCookie } from './session-cookie.js';
import { Session } from './session.entity.js';
import { SessionsService } from './sessions.service.js';

/**
 * Signing in and out, sign-ins (sessions) and their tokens and cookie, the
 * deny-by-default guard on every resolver, the signed-in account, and
 * whether an account may be used at all.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([User, Session]), PubSubModule],
  providers: [
    TokenService,
    Authenticator,
    SessionCookie,
    SessionsService,
    LiveSessions,
    AccountsService,
    AccountStatusService,
    AccountsResolver,
    AccountResolver,
    AccountStatusResolver,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [TokenService, Authenticator, SessionCookie, SessionsService, LiveSessions, AccountsService],
})
export class AccountsModule {}
