import { Module } from '@nestjs/common';
import { CredentialsModule } from '#achievements/credentials';
import { BadgesModule } from '#catalog/badges';
import { SignUpResolver } from './sign-up.resolver.js';
import { SignUpService } from './sign-up.service.js';

/** Creating an organisation: sign-up, and the demo seed through it. */
@Module({
  imports: [BadgesModule, CredentialsModule],
  providers: [SignUpService, SignUpResolver],
  exports: [SignUpService],
})
export class SignUpModule {}
