import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BadgeTier } from '@laurels/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Credential } from './credential.entity.js';
import { CredentialSigner, hasProof, type CredentialToIssue } from './credential-signer.js';
import { IssuerIdentities } from './issuer-identities.js';
import { SigningKeysService, type SigningKey } from './signing-keys.service.js';
import { StatusListsService } from './status-lists.service.js';

export type { CredentialToIssue } from './credential-signer.js';

/**
 * Open Badges 3.0 credentials for badge and certification awards: issued inside the award's
 * transaction, served at a public URL (those issued before embedded proofs get theirs the
 * first time they are served), revoked through their organisation's status list.
 */
@Injectable()
export class CredentialsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly keys: SigningKeysService,
    private readonly identities: IssuerIdentities,
    private readonly signer: CredentialSigner,
    private readonly statusLists: StatusListsService,
  ) {}

  credentialUrl(id: string): string {
    return this.signer.credentialUrl(id);
  }

  /** Builds, signs and stores the credential, inside the transaction that made the award. */
  async issue(manager: EntityManager, input: CredentialToIssue): Promise<Credential> {
    const key = await this.keys.keyFor(manager, input.organization.id);
    const [position] = await this.statusLists.nextPositions(manager, 1);
    return manager.getRepository(Credential).save(await this.signed(key, input, position!, true));
  }

  /**
   * The credentials of many awards at once, for seeding at scale: each organisation's key read
   * once, the rows saved a thousand at a time. They are signed as VC-JWTs here and get their
   * embedded proof (a canonicalisation each, tens of milliseconds) the first time they are served.
   */
  async issueMany(manager: EntityManager, inputs: readonly CredentialToIssue[]): Promise<void> {
    const keys = new Map<string, SigningKey>();
    for (const organizationId of new Set(inputs.map((input) => input.organization.id)))
      keys.set(organizationId, await this.keys.keyFor(manager, organizationId));
    for (let start = 0; start < inputs.length; start += 1000) {
      const chunk = inputs.slice(start, start + 1000);
      const positions = await this.statusLists.nextPositions(manager, chunk.length);
      const rows = await Promise.all(
        chunk.map((input, index) => this.signed(keys.get(input.organization.id)!, input, positions[index]!, false)),
      );
      await manager.getRepository(Credential).save(rows);
    }
  }

  private async signed(key: SigningKey, input: CredentialToIssue, position: number, withProof: boolean) {
    const identity = await this.identities.identity(input.organization.id, key.publicJwk);
    const document = this.signer.document(input, identity, this.statusLists.slot(input.organization.id, position));
    const sealed = await this.signer.seal(document, key, identity, input.issuedAt, withProof);
    return {
      id: input.awardId,
      organizationId: input.organization.id,
      kind: input.kind,
      ...sealed,
      issuedAt: input.issuedAt,
      statusPosition: position,
    };
  }

  async find(id: string): Promise<Credential | null> {
    return this.dataSource.getRepository(Credential).findOneBy({ id });
  }

  /**
   * The credential as it is served: one issued before embedded proofs is first brought to
   * today's form (its organisation's DID as issuer, a revocation slot, its picture) and signed
   * again, same id, under a row lock so that it happens once. Only a credential whose VC-JWT
   * still verifies is signed again: whatever was changed in the database stays unverifiable.
   */
  async served(id: string): Promise<Credential | null> {
    const credential = await this.find(id);
    if (!credential || hasProof(credential.document)) return credential;
    return this.dataSource.transaction(async (manager) => {
      const locked = await manager.getRepository(Credential).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!locked || hasProof(locked.document)) return locked;
      const key = await this.keys.keyFor(manager, locked.organizationId);
      if (!(await this.signer.jwtHolds(locked.jwt, locked.document, key.publicJwk))) return locked;
      const identity = await this.identities.identity(locked.organizationId, key.publicJwk);
      const document = this.signer.brought(
        locked.document,
        identity,
        this.statusLists.slot(locked.organizationId, locked.statusPosition),
        this.signer.image(await this.picture(manager, locked)),
      );
      Object.assign(locked, await this.signer.seal(document, key, identity));
      return manager.getRepository(Credential).save(locked);
    });
  }

  /**
   * Brings every credential issued before embedded proofs to today's form, as `served` does, a
   * hundred at a time in id order; those whose VC-JWT no longer holds are left as they are.
   */
  async upgradeAll(): Promise<{ upgraded: number; left: number }> {
    const counts = { upgraded: 0, left: 0 };
    for (let after = '00000000-0000-0000-0000-000000000000'; ;) {
      const page = await this.dataSource.query<{ id: string }[]>(
        `SELECT id FROM credentials WHERE id > $1 AND NOT (document::jsonb ? 'proof') ORDER BY id LIMIT 100`,
        [after],
      );
      if (page.length === 0) return counts;
      for (const { id } of page) {
        const credential = await this.served(id);
        if (credential && hasProof(credential.document)) counts.upgraded++;
        else counts.left++;
      }
      after = page.at(-1)!.id;
    }
  }

  /** Sets the credential's revocation bit in its organisation's status list, inside the transaction that revokes its award. */
  async revoke(manager: EntityManager, id: string): Promise<void> {
    const credential = await manager.getRepository(Credential).findOneBy({ id });
    if (credential) await this.statusLists.revoke(manager, credential.organizationId, credential.statusPosition);
  }

  /** How the award of a credential issued before pictures is drawn: its badge's tier and icon, or a certificate's scroll. */
  private async picture(manager: EntityManager, credential: Credential) {
    const name = String(credential.document.name ?? '');
    if (credential.kind !== 'BADGE') return { name, tier: null, icon: 'scroll-text' };
    const [badge] = await manager.query<{ tier: BadgeTier; icon: string }[]>(
      'SELECT d.tier, d.icon FROM badge_awards a JOIN badge_definitions d ON d.id = a.badge_id WHERE a.id = $1',
      [credential.id],
    );
    return { name, tier: badge?.tier ?? null, icon: badge?.icon ?? 'award' };
  }
}
