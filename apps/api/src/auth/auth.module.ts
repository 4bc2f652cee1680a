import { Module } from '@nestjs/common';
import { BadgesModule } from '../badges/badges.module.js';
import { CredentialsModule } from '../credentials/credentials.module.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';

/** Sign-up and sign-in. Tokens and the access guard live in common/auth. */
@Module({
  imports: [BadgesModule, CredentialsModule],
  providers: [AuthService, AuthResolver],
  exports: [AuthService],
})
export class AuthModule {}
