import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@laurels/domain';
import { createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { Settings } from '#platform/config';
import { SecretBox } from '#platform/secrets';
import { Organization } from '#directory/organizations';

export interface SigningKey {
  readonly privateKey: KeyObject;
  readonly publicJwk: Record<string, string>;
}

/**
 * Each organisation signs its credentials with its own Ed25519 key, created
 * with the organisation. The private key is stored encrypted (AES-256-GCM)
 * under a key derived from the server's credentials secret.
 */
@Injectable()
export class SigningKeysService {
  private readonly box: SecretBox;

  constructor(settings: Settings) {
    this.box = new SecretBox(settings.credentialsSecret, 'laurels:credential-signing-keys');
  }

  /** Creates the organisation's key pair; organisations created before keys existed get one on first use. */
  async create(manager: EntityManager, organizationId: string): Promise<SigningKey> {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const publicJwk = publicKey.export({ format: 'jwk' }) as Record<string, string>;
    await manager
      .getRepository(Organization)
      .update(
        { id: organizationId },
        { signingPublicJwk: publicJwk, signingPrivateKey: this.box.seal(privateKey.export({ format: 'der', type: 'pkcs8' })) },
      );
    return { privateKey, publicJwk };
  }

  /**
   * The organisation's key, read without a lock: awards in one organisation
   * must not queue behind each other, and a FOR UPDATE here deadlocks against
   * the KEY SHARE locks that rows referencing the organisation (a celebration
   * written earlier in the same transaction) hold. Only a missing key is
   * created under a row lock, re-read once held, so that it is created once.
   */
  async keyFor(manager: EntityManager, organizationId: string): Promise<SigningKey> {
    const read = (lock: boolean) =>
      manager.getRepository(Organization).findOne({
        select: { id: true, signingPublicJwk: true, signingPrivateKey: true },
        where: { id: organizationId },
        ...(lock ? { lock: { mode: 'for_no_key_update' as const } } : {}),
      });
    let organization = await read(false);
    if (!organization) throw new NotFoundError('Organization', organizationId);
    if (!organization.signingPrivateKey || !organization.signingPublicJwk) {
      organization = (await read(true))!;
      if (!organization.signingPrivateKey || !organization.signingPublicJwk) return this.create(manager, organizationId);
    }
    return {
      privateKey: createPrivateKey({ key: this.box.open(organization.signingPrivateKey), format: 'der', type: 'pkcs8' }),
      publicJwk: organization.signingPublicJwk,
    };
  }
}
