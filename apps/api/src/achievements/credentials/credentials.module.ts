import { Module } from '@nestjs/common';
import { CredentialResolver } from './credential.resolver.js';
import { CredentialsController } from './credentials.controller.js';
import { CredentialsService } from './credentials.service.js';
import { SigningKeysService } from './signing-keys.service.js';

/** Verifiable Open Badges 3.0 credentials: signing keys, issuing, public URLs, verification. */
@Module({
  providers: [SigningKeysService, CredentialsService, CredentialResolver],
  controllers: [CredentialsController],
  exports: [SigningKeysService, CredentialsService],
})
export class CredentialsModule {}
