import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { STATUS_LIST_LENGTH, credentialTimestamp, statusListSlot, type StatusListSlotRef } from '@laurels/domain';
import { createCredential, createList, decodeList, type BitstringStatusList } from '@digitalcredentials/vc-bitstring-status-list';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '#platform/clock';
import { DataIntegrity } from './data-integrity.js';
import { IssuerIdentities } from './issuer-identities.js';
import { SigningKeysService } from './signing-keys.service.js';
import { StatusList } from './status-list.entity.js';

/**
 * Revocation anyone can check: each organisation publishes, at a public URL, a signed
 * BitstringStatusListCredential per list its credentials fall in, and a credential's bit is
 * set in the transaction that revokes its award.
 */
@Injectable()
export class StatusListsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identities: IssuerIdentities,
    private readonly integrity: DataIntegrity,
    private readonly keys: SigningKeysService,
    private readonly clock: Clock,
  ) {}

  url(organizationId: string, list: number): string {
    return `${this.identities.issuerUrl(organizationId)}/status/${list}`;
  }

  /** A credential's place in its organisation's lists, as the credential states it. */
  slot(organizationId: string, position: number): StatusListSlotRef {
    const { list, index } = statusListSlot(position);
    return { statusListCredential: this.url(organizationId, list), index };
  }

  /** Status positions for new credentials, drawn from the credentials' own sequence: no lock, no two alike. */
  async nextPositions(manager: EntityManager, count: number): Promise<number[]> {
    const rows = await manager.query<{ position: string }[]>(
      `SELECT nextval(pg_get_serial_sequence('credentials', 'status_position')) AS position FROM generate_series(1, $1)`,
      [count],
    );
    return rows.map((row) => Number(row.position));
  }

  /**
   * The organisation's list as published, signed the first time it is asked for (all bits clear);
   * null when none of the organisation's credentials falls in it, so that nobody can make the
   * server store lists for nothing.
   */
  async published(organizationId: string, list: number): Promise<Record<string, unknown> | null> {
    const stored = await this.dataSource.getRepository(StatusList).findOneBy({ organizationId, list });
    if (stored) return stored.document;
    const [{ used }] = await this.dataSource.query<{ used: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM credentials WHERE organization_id = $1 AND status_position >= $2 AND status_position < $3) AS used`,
      [organizationId, list * STATUS_LIST_LENGTH, (list + 1) * STATUS_LIST_LENGTH],
    );
    if (!used) return null;
    return this.dataSource.transaction(async (manager) => (await this.locked(manager, organizationId, list)).document);
  }

  /** Sets the revocation bit at `position` and signs the list again, inside the revoking transaction. */
  async revoke(manager: EntityManager, organizationId: string, position: number): Promise<void> {
    const { list, index } = statusListSlot(position);
    const row = await this.locked(manager, organizationId, list);
    const bits = await decodeList({ encodedList: encodedList(row.document) });
    bits.setStatus(index, true);
    row.document = await this.signed(manager, organizationId, list, bits);
    await manager.getRepository(StatusList).save(row);
  }

  /** The list's row, locked until the transaction ends; written first (all bits clear) when there is none yet. */
  private async locked(manager: EntityManager, organizationId: string, list: number): Promise<StatusList> {
    const repository = manager.getRepository(StatusList);
    const read = () => repository.findOne({ where: { organizationId, list }, lock: { mode: 'pessimistic_write' } });
    const existing = await read();
    if (existing) return existing;
    const document = await this.signed(manager, organizationId, list, await createList({ length: STATUS_LIST_LENGTH }));
    await manager.query('INSERT INTO status_lists (organization_id, list, document) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
      organizationId,
      list,
      JSON.stringify(document),
    ]);
    return (await read())!;
  }

  private async signed(manager: EntityManager, organizationId: string, list: number, bits: BitstringStatusList) {
    const key = await this.keys.keyFor(manager, organizationId);
    const identity = await this.identities.identity(organizationId, key.publicJwk);
    const now = this.clock.now();
    const { credentialSubject, ...unsigned } = await createCredential({
      id: this.url(organizationId, list),
      list: bits,
      statusPurpose: 'revocation',
    });
    return this.integrity.sign(
      { ...unsigned, issuer: identity.did, validFrom: credentialTimestamp(now), credentialSubject },
      { privateKey: key.privateKey, did: identity.did, verificationMethod: identity.verificationMethod },
      now,
    );
  }
}

const encodedList = (document: Record<string, unknown>) => (document.credentialSubject as { encodedList: string }).encodedList;
