import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotFoundError } from '@laurels/domain';
import type { DataSource } from 'typeorm';
import { Settings } from '#platform/config';
import { Organization } from '#directory/organizations';
import type { OwnDocuments } from './data-integrity.js';
import { IssuerIdentities, type IssuerIdentity } from './issuer-identities.js';
import { StatusListsService } from './status-lists.service.js';

const ID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** What an organisation publishes as an issuer: its profile, its DID document, its status lists. */
@Injectable()
export class IssuerDocumentsService {
  private readonly statusListUrl: RegExp;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identities: IssuerIdentities,
    private readonly statusLists: StatusListsService,
    settings: Settings,
  ) {
    const issuers = `${settings.publicUrl}/issuers/`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    this.statusListUrl = new RegExp(`^${issuers}(${ID})/status/(\\d{1,6})$`, 'i');
  }

  /** The public half of the organisation's signing key, or null when it has none yet (it gets one at its first award). */
  async publicJwk(organizationId: string): Promise<Record<string, string> | null> {
    const organization = await this.dataSource
      .getRepository(Organization)
      .findOne({ select: { id: true, signingPublicJwk: true }, where: { id: organizationId } });
    return organization?.signingPublicJwk ?? null;
  }

  /** The organisation's DID and key, or null when it has no key yet. */
  async identity(organizationId: string): Promise<IssuerIdentity | null> {
    const publicJwk = await this.publicJwk(organizationId);
    return publicJwk ? this.identities.identity(organizationId, publicJwk) : null;
  }

  /**
   * The issuer's public profile: name and URL as its credentials state them, its DID, and the
   * keys that verify its credentials: the DID's Multikey for the embedded proofs, and the same
   * key as a JWK for VC-JWTs, including those signed before issuers had DIDs.
   */
  async profile(organizationId: string): Promise<Record<string, unknown>> {
    const organization = await this.dataSource.getRepository(Organization).findOneBy({ id: organizationId });
    if (!organization) throw new NotFoundError('Issuer', organizationId);
    const id = this.identities.issuerUrl(organization.id);
    const identity = organization.signingPublicJwk ? await this.identities.identity(organization.id, organization.signingPublicJwk) : null;
    return {
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
      id,
      type: ['Profile'],
      name: organization.name,
      url: this.identities.publicUrl,
      ...(identity
        ? {
            otherIdentifier: [{ type: ['IdentifierEntry'], identifier: identity.did, identifierType: 'identifier' }],
            verificationMethod: [
              {
                id: this.identities.jsonWebKeyId(organization.id),
                type: 'JsonWebKey',
                controller: id,
                publicKeyJwk: organization.signingPublicJwk,
              },
              this.identities.method(identity),
            ],
          }
        : {}),
    };
  }

  /** The did:web document of the organisation, where the did:web method looks for it; null while its DID is a did:key (no https PUBLIC_URL). */
  async didDocument(organizationId: string): Promise<Record<string, unknown> | null> {
    const identity = await this.identity(organizationId);
    return identity?.did.startsWith('did:web:') ? this.identities.didDocument(identity) : null;
  }

  /** One of the organisation's revocation lists, signed; null when none of its credentials is in it. */
  statusList(organizationId: string, list: number): Promise<Record<string, unknown> | null> {
    return this.statusLists.published(organizationId, list);
  }

  /** This server's own documents by URL, for verifying without the network: its did:web DIDs and keys, and its status lists. */
  readonly own: OwnDocuments = async (url) => {
    const statusList = this.statusListUrl.exec(url);
    if (statusList) return this.statusLists.published(statusList[1]!.toLowerCase(), Number(statusList[2]));
    const [did, fragment] = url.split('#');
    const organizationId = this.identities.organizationOfDidWeb(did!);
    const identity = organizationId ? await this.identity(organizationId) : null;
    if (!identity || identity.did !== did) return null;
    if (fragment === undefined) return this.identities.didDocument(identity);
    return url === identity.verificationMethod ? this.identities.verificationMethod(identity) : null;
  };
}
