import { Injectable } from '@nestjs/common';
import { fromJwk } from '@digitalcredentials/ed25519-multikey';
import { didWeb } from '@laurels/domain';
import { Settings } from '#platform/config';

/** How an organisation is named as an issuer: its DID, and the verification method of its signing key. */
export interface IssuerIdentity {
  readonly organizationId: string;
  /** did:web under PUBLIC_URL when it is https, else did:key of the public key. */
  readonly did: string;
  readonly verificationMethod: string;
  readonly publicKeyMultibase: string;
}

const MULTIKEY_CONTEXT = 'https://w3id.org/security/multikey/v1';

/**
 * Names organisations as issuers. With an https PUBLIC_URL each organisation is the did:web
 * `did:web:<host>:issuers:<id>`, whose document this server serves at /issuers/<id>/did.json
 * (where the did:web method looks); elsewhere (development, localhost, where did:web cannot
 * resolve) it is the did:key of its public key, which needs no server at all.
 */
@Injectable()
export class IssuerIdentities {
  constructor(private readonly settings: Settings) {}

  get publicUrl(): string {
    return this.settings.publicUrl;
  }

  /** The issuer's profile page: name, URL and keys, with its DID. */
  issuerUrl(organizationId: string): string {
    return `${this.settings.publicUrl}/issuers/${organizationId}`;
  }

  /** The key id of the VC-JWTs signed before issuers had DIDs, still published in the profile so that they verify. */
  jsonWebKeyId(organizationId: string): string {
    return `${this.issuerUrl(organizationId)}#key-1`;
  }

  async identity(organizationId: string, publicJwk: Record<string, string>): Promise<IssuerIdentity> {
    const { publicKeyMultibase } = await fromJwk({ jwk: publicJwk });
    const web = didWeb(this.settings.publicUrl, ['issuers', organizationId]);
    const did = web ?? `did:key:${publicKeyMultibase}`;
    return { organizationId, did, verificationMethod: `${did}#${web ? 'key-1' : publicKeyMultibase}`, publicKeyMultibase };
  }

  /** Which organisation a did:web of this server names, or null for any other DID. */
  organizationOfDidWeb(did: string): string | null {
    const prefix = didWeb(this.settings.publicUrl, ['issuers', '']);
    if (!prefix || !did.startsWith(prefix)) return null;
    const organizationId = did.slice(prefix.length);
    return /^[0-9a-f-]{36}$/i.test(organizationId) ? organizationId : null;
  }

  /** The signing key as a Multikey verification method of the DID. */
  method(identity: IssuerIdentity): Record<string, unknown> {
    return { id: identity.verificationMethod, type: 'Multikey', controller: identity.did, publicKeyMultibase: identity.publicKeyMultibase };
  }

  /** The verification method, as a resolver returns it for `<did>#…`. */
  verificationMethod(identity: IssuerIdentity): Record<string, unknown> {
    return { '@context': MULTIKEY_CONTEXT, ...this.method(identity) };
  }

  /** The DID document: the one key, allowed to assert credentials and to authenticate. */
  didDocument(identity: IssuerIdentity): Record<string, unknown> {
    return {
      '@context': ['https://www.w3.org/ns/did/v1', MULTIKEY_CONTEXT],
      id: identity.did,
      verificationMethod: [this.method(identity)],
      authentication: [identity.verificationMethod],
      assertionMethod: [identity.verificationMethod],
    };
  }
}
