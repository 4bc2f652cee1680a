import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotFoundError, openBadgeCredential, sameJson, type CredentialKind } from '@laurels/domain';
import { createHash, randomBytes } from 'node:crypto';
import { SignJWT, compactVerify, importJWK, type JWTPayload } from 'jose';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '#platform/clock';
import { Settings } from '#platform/config';
import { Organization } from '#directory/organizations';
import { Credential } from './credential.entity.js';
import type { CredentialProblem } from './dto/credential-verification.object.js';
import { SigningKeysService, type SigningKey } from './signing-keys.service.js';

export interface CredentialToIssue {
  readonly kind: CredentialKind;
  /** The award's id, which becomes the credential's. */
  readonly awardId: string;
  readonly organization: { readonly id: string; readonly name: string };
  readonly recipient: { readonly id: string; readonly displayName: string; readonly email: string };
  readonly achievement: { readonly id: string; readonly name: string; readonly description: string; readonly criteria: string };
  readonly issuedAt: Date;
  readonly expiresAt: Date | null;
}

export interface Verification {
  readonly valid: boolean;
  readonly problem: CredentialProblem | null;
  readonly document: Record<string, unknown> | null;
}

/**
 * Open Badges 3.0 credentials for badge and certification awards: built as
 * OpenBadgeCredentials, signed as VC-JWTs (EdDSA) with the issuing
 * organisation's key, published at a public URL, and verified on request.
 */
@Injectable()
export class CredentialsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly keys: SigningKeysService,
    private readonly settings: Settings,
    private readonly clock: Clock,
  ) {}

  credentialUrl(id: string): string {
    return `${this.settings.publicUrl}/credentials/${id}`;
  }

  issuerUrl(organizationId: string): string {
    return `${this.settings.publicUrl}/issuers/${organizationId}`;
  }

  keyId(organizationId: string): string {
    return `${this.issuerUrl(organizationId)}#key-1`;
  }

  /** Builds, signs and stores the credential, inside the transaction that made the award. */
  async issue(manager: EntityManager, input: CredentialToIssue): Promise<Credential> {
    const key = await this.keys.keyFor(manager, input.organization.id);
    return manager.getRepository(Credential).save(await this.signed(key, input));
  }

  /**
   * The credentials of many awards at once, for seeding at scale: each organisation's key read
   * once, the rows saved a thousand at a time. Signed exactly as `issue` signs them.
   */
  async issueMany(manager: EntityManager, inputs: readonly CredentialToIssue[]): Promise<void> {
    const keys = new Map<string, SigningKey>();
    for (const organizationId of new Set(inputs.map((input) => input.organization.id)))
      keys.set(organizationId, await this.keys.keyFor(manager, organizationId));
    for (let start = 0; start < inputs.length; start += 1000) {
      const rows = await Promise.all(
        inputs.slice(start, start + 1000).map((input) => this.signed(keys.get(input.organization.id)!, input)),
      );
      await manager.getRepository(Credential).save(rows);
    }
  }

  private async signed(key: SigningKey, input: CredentialToIssue): Promise<Omit<Credential, 'organization'>> {
    const salt = randomBytes(8).toString('hex');
    const document = openBadgeCredential({
      id: this.credentialUrl(input.awardId),
      issuer: { id: this.issuerUrl(input.organization.id), name: input.organization.name, url: this.settings.publicUrl },
      recipient: {
        id: `urn:uuid:${input.recipient.id}`,
        name: input.recipient.displayName,
        emailHash: {
          hash: createHash('sha256')
            .update(salt + input.recipient.email.toLowerCase())
            .digest('hex'),
          salt,
        },
      },
      achievement: {
        id: `${this.settings.publicUrl}/achievements/${input.achievement.id}`,
        type: input.kind === 'BADGE' ? 'Badge' : 'Certification',
        name: input.achievement.name,
        description: input.achievement.description,
        criteria: input.achievement.criteria,
      },
      validFrom: input.issuedAt,
      validUntil: input.expiresAt,
    });
    const jwt = await new SignJWT(document as JWTPayload)
      .setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt', cty: 'vc', kid: this.keyId(input.organization.id) })
      .sign(key.privateKey);
    return { id: input.awardId, organizationId: input.organization.id, kind: input.kind, document, jwt, issuedAt: input.issuedAt };
  }

  async find(id: string): Promise<Credential | null> {
    return this.dataSource.getRepository(Credential).findOneBy({ id });
  }

  /**
   * Checks a credential as any verifier would: its VC-JWT must verify against
   * the issuer's public key and carry exactly the stored document; then it must
   * not be revoked, nor past its validUntil.
   */
  async verify(id: string): Promise<Verification> {
    const credential = await this.find(id);
    if (!credential) return { valid: false, problem: 'UNKNOWN', document: null };
    const organization = await this.dataSource.getRepository(Organization).findOneBy({ id: credential.organizationId });
    if (!organization?.signingPublicJwk || !(await this.signatureHolds(credential, organization.signingPublicJwk))) {
      return { valid: false, problem: 'BAD_SIGNATURE', document: credential.document };
    }
    if (await this.revoked(credential)) return { valid: false, problem: 'REVOKED', document: credential.document };
    const validUntil = credential.document.validUntil;
    if (typeof validUntil === 'string' && Date.parse(validUntil) <= this.clock.now().getTime()) {
      return { valid: false, problem: 'EXPIRED', document: credential.document };
    }
    return { valid: true, problem: null, document: credential.document };
  }

  /** The issuer's public profile, with the key that verifies its credentials. */
  async issuerProfile(organizationId: string): Promise<Record<string, unknown>> {
    const organization = await this.dataSource.getRepository(Organization).findOneBy({ id: organizationId });
    if (!organization) throw new NotFoundError('Issuer', organizationId);
    const id = this.issuerUrl(organization.id);
    return {
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
      id,
      type: ['Profile'],
      name: organization.name,
      url: this.settings.publicUrl,
      ...(organization.signingPublicJwk
        ? {
            verificationMethod: [
              { id: this.keyId(organization.id), type: 'JsonWebKey', controller: id, publicKeyJwk: organization.signingPublicJwk },
            ],
          }
        : {}),
    };
  }

  private async signatureHolds(credential: Credential, publicJwk: Record<string, string>): Promise<boolean> {
    try {
      const key = await importJWK({ ...publicJwk, alg: 'EdDSA' }, 'EdDSA');
      const { payload } = await compactVerify(credential.jwt, key, { algorithms: ['EdDSA'] });
      return sameJson(JSON.parse(new TextDecoder().decode(payload)), credential.document);
    } catch {
      return false;
    }
  }

  private async revoked(credential: Credential): Promise<boolean> {
    if (credential.kind !== 'CERTIFICATION') return false;
    const [award] = await this.dataSource.query<{ revoked_at: Date | null }[]>(
      'SELECT revoked_at FROM certification_awards WHERE id = $1',
      [credential.id],
    );
    return Boolean(award?.revoked_at);
  }
}
