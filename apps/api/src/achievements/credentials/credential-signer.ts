import { Injectable } from '@nestjs/common';
import {
  achievementImageSvg,
  openBadgeCredential,
  revocationStatusEntry,
  sameJson,
  svgDataUri,
  type BadgeTier,
  type CredentialKind,
  type IconNode,
  type StatusListSlotRef,
} from '@laurels/domain';
import { icons } from 'lucide';
import { createHash, randomBytes } from 'node:crypto';
import { SignJWT, compactVerify, importJWK, type JWTPayload } from 'jose';
import { Settings } from '#platform/config';
import { DataIntegrity } from './data-integrity.js';
import type { IssuerIdentity } from './issuer-identities.js';
import type { SigningKey } from './signing-keys.service.js';

export interface CredentialToIssue {
  readonly kind: CredentialKind;
  /** The award's id, which becomes the credential's. */
  readonly awardId: string;
  readonly organization: { readonly id: string; readonly name: string };
  readonly recipient: { readonly id: string; readonly displayName: string; readonly email: string };
  readonly achievement: {
    readonly id: string;
    readonly name: string;
    readonly description: string;
    readonly criteria: string;
    /** How it is drawn for wallets: a badge's tier and icon; certifications have no tier. */
    readonly tier: BadgeTier | null;
    readonly icon: string;
  };
  readonly issuedAt: Date;
  readonly expiresAt: Date | null;
}

/** A credential in both its signed forms. */
export interface Sealed {
  /** With its embedded Data Integrity proof (unless asked without). */
  readonly document: Record<string, unknown>;
  /** The VC-JWT of the same credential without the embedded proof. */
  readonly jwt: string;
}

const pascalCase = (name: string) => name.replace(/(^|-)([a-z0-9])/g, (_, _dash: string, letter: string) => letter.toUpperCase());

/** The icon a badge names, drawn from the icon set the portal draws it with; an emoji as itself. */
function iconDrawing(icon: string): IconNode | string {
  if (!/^[a-z0-9-]+$/.test(icon)) return icon;
  return (icons as Record<string, IconNode>)[pascalCase(icon)] ?? icons.Award;
}

export const hasProof = (document: Record<string, unknown>) => 'proof' in document;

/** Builds Open Badges 3.0 credentials and signs them: as a VC-JWT (EdDSA) and with an embedded Data Integrity proof. */
@Injectable()
export class CredentialSigner {
  constructor(
    private readonly integrity: DataIntegrity,
    private readonly settings: Settings,
  ) {}

  credentialUrl(id: string): string {
    return `${this.settings.publicUrl}/credentials/${id}`;
  }

  /** The picture of an achievement, as a data URI wallets show without fetching anything. */
  image(achievement: { name: string; tier: BadgeTier | null; icon: string }): string {
    return svgDataUri(achievementImageSvg({ name: achievement.name, tier: achievement.tier, icon: iconDrawing(achievement.icon) }));
  }

  /** The unsigned OpenBadgeCredential of an award: issued by the organisation's DID, with its revocation slot and its picture. */
  document(input: CredentialToIssue, identity: IssuerIdentity, status: StatusListSlotRef): Record<string, unknown> {
    const salt = randomBytes(8).toString('hex');
    return openBadgeCredential({
      id: this.credentialUrl(input.awardId),
      issuer: { id: identity.did, name: input.organization.name, url: this.settings.publicUrl },
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
        image: this.image(input.achievement),
      },
      validFrom: input.issuedAt,
      validUntil: input.expiresAt,
      status,
    });
  }

  /**
   * A credential issued before issuers had DIDs, in today's form: the same statements (id,
   * recipient, achievement, dates) issued by the organisation's DID, with its revocation slot
   * and its picture added where missing.
   */
  brought(document: Record<string, unknown>, identity: IssuerIdentity, status: StatusListSlotRef, image: string): Record<string, unknown> {
    const subject = document.credentialSubject as { achievement: Record<string, unknown> };
    return {
      ...document,
      issuer: { ...(document.issuer as Record<string, unknown>), id: identity.did },
      credentialStatus: document.credentialStatus ?? revocationStatusEntry(status),
      credentialSubject: {
        ...subject,
        achievement: { ...subject.achievement, image: subject.achievement.image ?? { id: image, type: 'Image' } },
      },
    };
  }

  /** Signs the credential twice: the VC-JWT over it, then the embedded proof, dated `at` (now when not given). */
  async seal(document: Record<string, unknown>, key: SigningKey, identity: IssuerIdentity, at?: Date, withProof = true): Promise<Sealed> {
    const jwt = await new SignJWT(document as JWTPayload)
      .setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt', cty: 'vc', kid: identity.verificationMethod })
      .sign(key.privateKey);
    if (!withProof) return { document, jwt };
    const signer = { privateKey: key.privateKey, did: identity.did, verificationMethod: identity.verificationMethod };
    return { document: await this.integrity.sign(document, signer, at), jwt };
  }

  /** Whether the VC-JWT verifies against the public key and carries exactly the stored credential, less its embedded proof. */
  async jwtHolds(jwt: string, document: Record<string, unknown>, publicJwk: Record<string, string>): Promise<boolean> {
    try {
      const key = await importJWK({ ...publicJwk, alg: 'EdDSA' }, 'EdDSA');
      const { payload } = await compactVerify(jwt, key, { algorithms: ['EdDSA'] });
      const { proof: _proof, ...unsecured } = document;
      return sameJson(JSON.parse(new TextDecoder().decode(payload)), unsecured);
    } catch {
      return false;
    }
  }
}
