import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { Viewer } from '../common/auth/viewer.js';
import { decodeCursor, pageSize } from '../common/graphql/cursor.js';
import { User } from '../organizations/user.entity.js';
import { PointsEntry, type PointsReason } from './points-entry.entity.js';

/** A row to append; (reason, sourceId) identifies what earned it, once per user. */
export interface LedgerEntry {
  readonly reason: PointsReason;
  readonly sourceId: string;
  readonly amount: number;
  readonly description: string;
}

export interface LedgerResult {
  /** Points actually appended: entries already on the ledger add nothing. */
  readonly awarded: number;
  readonly before: number;
  readonly after: number;
}

/** The most ledger rows one page of history holds. */
export const MAX_HISTORY_PAGE = 200;

@Injectable()
export class PointsService {
  constructor(@InjectRepository(PointsEntry) private readonly entries: Repository<PointsEntry>) {}

  /**
   * Appends entries to a user's ledger inside the caller's transaction and
   * moves the cached balance by exactly what was appended. An entry whose
   * source is already on the ledger is skipped by the unique source key.
   */
  async append(manager: EntityManager, user: Pick<User, 'id' | 'organizationId'>, entries: readonly LedgerEntry[], at: Date): Promise<LedgerResult> {
    let awarded = 0;
    for (const entry of entries) {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(PointsEntry)
        .values({ ...entry, userId: user.id, organizationId: user.organizationId, createdAt: at })
        .orIgnore()
        .returning(['amount'])
        .execute();
      awarded += inserted.raw.length > 0 ? entry.amount : 0;
    }
    // node-postgres answers an UPDATE ... RETURNING as [rows, rowCount].
    const [rows] = await manager.query<[{ points: number }[], number]>('UPDATE users SET points = points + $1 WHERE id = $2 RETURNING points', [
      awarded,
      user.id,
    ]);
    const after = rows[0]!.points;
    return { awarded, before: after - awarded, after };
  }

  /** The viewer's ledger, newest first, a page at a time. */
  async history(viewer: Viewer, first: number, after: string | null): Promise<PointsEntry[]> {
    const query = this.entries
      .createQueryBuilder('entry')
      .where('entry.userId = :userId', { userId: viewer.userId })
      .orderBy('entry.createdAt', 'DESC')
      .addOrderBy('entry.id', 'DESC')
      .take(pageSize(first, MAX_HISTORY_PAGE));
    if (after) {
      const position = decodeCursor(after);
      query.andWhere('(entry.createdAt, entry.id) < (:at, :id)', { at: position.at, id: position.id });
    }
    return query.getMany();
  }
}
