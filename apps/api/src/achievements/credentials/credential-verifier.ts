import { Injectable } from '@nestjs/common';
import { Clock } from '#platform/clock';
import { CredentialSigner, hasProof } from './credential-signer.js';
import { CredentialsService } from './credentials.service.js';
import { DataIntegrity } from './data-integrity.js';
import type { CredentialProblem } from './dto/credential-verification.object.js';
import { IssuerDocumentsService } from './issuer-documents.service.js';

export interface Verification {
  readonly valid: boolean;
  readonly problem: CredentialProblem | null;
  readonly document: Record<string, unknown> | null;
}

/** Checks a credential as any verifier would, on what the public URL serves. */
@Injectable()
export class CredentialVerifier {
  constructor(
    private readonly credentials: CredentialsService,
    private readonly signer: CredentialSigner,
    private readonly integrity: DataIntegrity,
    private readonly issuers: IssuerDocumentsService,
    private readonly clock: Clock,
  ) {}

  /**
   * Genuine: the credential served under this id says it is this id, its VC-JWT verifies with the
   * issuer's key and carries exactly the stored credential, and its embedded proof verifies
   * against the issuer's DID. Then it must not be revoked in the issuer's published status
   * list, nor be past its validUntil.
   */
  async verify(id: string): Promise<Verification> {
    const credential = await this.credentials.served(id);
    if (!credential) return { valid: false, problem: 'UNKNOWN', document: null };
    const { document } = credential;
    const invalid = (problem: CredentialProblem) => ({ valid: false, problem, document });
    if (document.id !== this.signer.credentialUrl(credential.id)) return invalid('BAD_SIGNATURE');
    const publicJwk = await this.issuers.publicJwk(credential.organizationId);
    if (!publicJwk || !hasProof(document) || !(await this.signer.jwtHolds(credential.jwt, document, publicJwk))) {
      return invalid('BAD_SIGNATURE');
    }
    const now = this.clock.now();
    const check = await this.integrity.verify(document, this.issuers.own, now);
    if (!check.signature) return invalid('BAD_SIGNATURE');
    if (check.revoked) return invalid('REVOKED');
    // Expired from validUntil on: the library only from the moment after.
    const validUntil = typeof document.validUntil === 'string' ? Date.parse(document.validUntil) : Number.POSITIVE_INFINITY;
    if (check.expired || validUntil <= now.getTime()) return invalid('EXPIRED');
    if (!check.verified) return invalid('BAD_SIGNATURE');
    return { valid: true, problem: null, document };
  }
}
