import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { User } from '../../organizations/user.entity.js';
import { AccessGuard } from './access.guard.js';
import { Authenticator } from './authenticator.js';
import { TokenService } from './token.service.js';

/** Bearer tokens and the deny-by-default guard on every resolver. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([User])],
  providers: [TokenService, Authenticator, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [TokenService, Authenticator],
})
export class AccessModule {}
