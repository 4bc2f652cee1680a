import { Module } from '@nestjs/common';
import { CredentialResolver } from './credential.resolver.js';
import { CredentialSigner } from './credential-signer.js';
import { CredentialVerifier } from './credential-verifier.js';
import { CredentialsController } from './credentials.controller.js';
import { CredentialsService } from './credentials.service.js';
import { DataIntegrity } from './data-integrity.js';
import { IssuerDocumentsService } from './issuer-documents.service.js';
import { IssuerIdentities } from './issuer-identities.js';
import { SigningKeysService } from './signing-keys.service.js';
import { StatusListsService } from './status-lists.service.js';

/**
 * Verifiable Open Badges 3.0 credentials: signing keys and issuer DIDs, issuing with VC-JWT and
 * Data Integrity proofs, revocation status lists, public URLs, verification.
 */
@Module({
  providers: [
    SigningKeysService,
    IssuerIdentities,
    DataIntegrity,
    StatusListsService,
    IssuerDocumentsService,
    CredentialSigner,
    CredentialsService,
    CredentialVerifier,
    CredentialResolver,
  ],
  controllers: [CredentialsController],
  exports: [SigningKeysService, CredentialsService],
})
export class CredentialsModule {}
