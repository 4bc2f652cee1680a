import { Injectable } from '@nestjs/common';
import { DataIntegrityProof } from '@digitalcredentials/data-integrity';
import { cryptosuite } from '@digitalcredentials/eddsa-rdfc-2022-cryptosuite';
import { fromJwk } from '@digitalcredentials/ed25519-multikey';
import { securityLoader } from '@digitalcredentials/security-document-loader';
import * as vc from '@digitalcredentials/vc';
import { checkStatus } from '@digitalcredentials/vc-bitstring-status-list';
import type { KeyObject } from 'node:crypto';

/** A document this server publishes itself (a did:web document or key, a status list), looked up by URL; null when it is none of its own. */
export type OwnDocuments = (url: string) => Promise<Record<string, unknown> | null>;

/** Who signs: the organisation's private key, and the verification method of its DID that names it. */
export interface ProofSigner {
  readonly privateKey: KeyObject;
  readonly did: string;
  readonly verificationMethod: string;
}

/** What a verification found, as the log of @digitalcredentials/vc (the same steps any DCC verifier reports). */
export interface ProofCheck {
  /** Every step passed. */
  readonly verified: boolean;
  readonly signature: boolean;
  readonly revoked: boolean;
  readonly expired: boolean;
}

/**
 * The JSON-LD contexts bundled by @digitalcredentials/security-document-loader (VC 2.0, Open
 * Badges 3.0.x, Data Integrity, Bitstring Status List) and did:key, resolved from the key itself.
 * No protocol handler is set, so no URL is ever fetched.
 */
const bundled = securityLoader({ fetchRemoteContexts: false }).build();

/** Signing reads contexts only. */
const nothingOwn: OwnDocuments = () => Promise.resolve(null);

/**
 * Embedded Data Integrity proofs (DataIntegrityProof, eddsa-rdfc-2022) and their verification,
 * with a document loader that never reaches the network: contexts from the bundle, did:key from
 * the key, and this server's own did:web documents and status lists from `own`.
 */
@Injectable()
export class DataIntegrity {
  /** The document with an embedded proof by the signer's DID, created `date` (now when not given): its RDF canonical form signed with Ed25519. */
  async sign(document: Record<string, unknown>, signer: ProofSigner, date?: Date): Promise<Record<string, unknown>> {
    const key = await fromJwk({
      jwk: signer.privateKey.export({ format: 'jwk' }),
      secretKey: true,
      id: signer.verificationMethod,
      controller: signer.did,
    });
    const suite = new DataIntegrityProof({ signer: key.signer(), cryptosuite, date });
    return vc.issue({ credential: document, suite, documentLoader: this.loader(nothingOwn) });
  }

  /**
   * Checks a credential as verifiers do: the proof against the issuer's DID, its status list
   * (read through `own`: this server's copy, whose own proof it does not check again) and its
   * validity period at `now`.
   */
  async verify(document: Record<string, unknown>, own: OwnDocuments, now: Date): Promise<ProofCheck> {
    const result = await vc.verifyCredential({
      credential: document,
      suite: new DataIntegrityProof({ cryptosuite }),
      documentLoader: this.loader(own),
      checkStatus: (options) => checkStatus({ ...options, verifyBitstringStatusListCredential: false }),
      now,
    });
    const log = result.log ?? result.error?.log ?? [];
    const failed = (id: string) => log.some((step) => step.id === id && !step.valid);
    const signature = log.some((step) => step.id === 'valid_signature' && step.valid);
    return { verified: result.verified, signature, revoked: failed('revocation_status'), expired: failed('expiration') };
  }

  private loader(own: OwnDocuments) {
    return async (url: string) => {
      const document = await own(url);
      if (document) return { contextUrl: null, documentUrl: url, document };
      // The bundle would resolve did:web over the network: only this server's own are known.
      if (url.startsWith('did:web:')) throw new Error(`NotFoundError: ${url} is not a DID of this server`);
      return bundled(url);
    };
  }
}
