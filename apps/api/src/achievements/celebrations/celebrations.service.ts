import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { GROUPED_KINDS, NotFoundError, groupOpenSince, joinsGroups, type CelebrationKind } from '@laurels/domain';
import { randomUUID } from 'node:crypto';
import type { EntityManager, Repository } from 'typeorm';
import type { Viewer } from '#platform/auth';
import { Celebration } from './celebration.entity.js';
import { ChatPoster } from './chat/chat-poster.js';
import { CelebrationPublisher } from './live/celebration-publisher.js';

export interface CelebrationToWrite {
  readonly organizationId: string;
  readonly kind: CelebrationKind;
  readonly title: string;
  readonly body?: string | null;
  readonly userId?: string | null;
  /** Everyone celebrated, when more than `userId`. */
  readonly peopleIds?: readonly string[];
  readonly teamId?: string | null;
  /** Who made it happen: a kudos giver, a story's author, the manager giving a badge. */
  readonly actorId?: string | null;
  /** Identifies what is celebrated: the same key is celebrated once. */
  readonly sourceKey: string;
  readonly details?: Record<string, string | number>;
  readonly at: Date;
}

/** Celebrations as the achievement path writes them, and one found by id for whoever acts on it. */
@Injectable()
export class CelebrationsService {
  constructor(
    @InjectRepository(Celebration) private readonly celebrations: Repository<Celebration>,
    private readonly publisher: CelebrationPublisher,
    private readonly chat: ChatPoster,
  ) {}

  /**
   * Writes a celebration in the caller's transaction; null when this source
   * was already celebrated. It reaches live subscribers once that transaction commits.
   */
  async write(manager: EntityManager, celebration: CelebrationToWrite): Promise<Celebration | null> {
    const values = { ...this.row(celebration), leadId: await this.groupToJoin(manager, celebration) };
    const result = await manager.createQueryBuilder().insert().into(Celebration).values(values).orIgnore().returning(['id']).execute();
    if ((result.raw as unknown[]).length === 0) return null;
    const written = manager.getRepository(Celebration).create(values);
    await this.delivered(manager, written);
    return written;
  }

  /**
   * Writes celebrations of kinds that join no group in one statement, in the caller's transaction:
   * those whose source was already celebrated are skipped. Returns the ones written.
   */
  async writeAll(manager: EntityManager, celebrations: readonly CelebrationToWrite[]): Promise<Celebration[]> {
    if (celebrations.some((celebration) => joinsGroups(celebration.kind))) throw new Error('grouped kinds are written one at a time');
    if (celebrations.length === 0) return [];
    const rows = celebrations.map((celebration) => ({ ...this.row(celebration), leadId: null }));
    const result = await manager.createQueryBuilder().insert().into(Celebration).values(rows).orIgnore().returning(['id']).execute();
    const inserted = new Set((result.raw as { id: string }[]).map((row) => row.id));
    const written = rows.filter((row) => inserted.has(row.id)).map((row) => manager.getRepository(Celebration).create(row));
    for (const celebration of written) await this.delivered(manager, celebration);
    return written;
  }

  /** Once the transaction commits: to live subscribers, and to the organisation's chat channel. */
  private async delivered(manager: EntityManager, celebration: Celebration): Promise<void> {
    await this.publisher.written(manager, celebration);
    await this.chat.enqueue(manager, celebration);
  }

  private row(celebration: CelebrationToWrite) {
    return {
      id: randomUUID(),
      organizationId: celebration.organizationId,
      kind: celebration.kind,
      title: celebration.title,
      body: celebration.body ?? null,
      userId: celebration.userId ?? null,
      peopleIds: [...(celebration.peopleIds ?? (celebration.userId ? [celebration.userId] : []))],
      teamId: celebration.teamId ?? null,
      actorId: celebration.actorId ?? null,
      sourceKey: celebration.sourceKey,
      details: celebration.details ?? {},
      createdAt: celebration.at,
    };
  }

  /** Tells an existing celebration anew: a new title and details for the same source, where it stands on the feed. */
  async retell(
    manager: EntityManager,
    organizationId: string,
    sourceKey: string,
    title: string,
    details: Record<string, string | number>,
  ): Promise<void> {
    await manager.update(Celebration, { organizationId, sourceKey }, { title, details });
  }

  /**
   * The group a person's achievement joins: their latest started less than a minute before it.
   * The achievement path holds the lock on the person, so two of their moments written at once
   * are grouped one after the other and end on one card.
   */
  private async groupToJoin(manager: EntityManager, celebration: CelebrationToWrite): Promise<string | null> {
    if (!celebration.userId || !joinsGroups(celebration.kind)) return null;
    const [lead] = await manager.query<{ id: string }[]>(
      `SELECT id FROM celebrations
        WHERE user_id = $1 AND lead_id IS NULL AND kind = ANY($2::celebration_kind[]) AND created_at > $3 AND created_at <= $4
        ORDER BY created_at DESC, id DESC LIMIT 1`,
      [celebration.userId, GROUPED_KINDS, groupOpenSince(celebration.at), celebration.at],
    );
    return lead?.id ?? null;
  }

  /** The card a celebration is shown on: its group's lead, or itself. Reactions and comments go there. */
  async card(viewer: Viewer, celebrationId: string): Promise<Celebration> {
    const celebration = await this.get(viewer, celebrationId);
    return celebration.leadId ? this.get(viewer, celebration.leadId) : celebration;
  }

  async get(viewer: Viewer, celebrationId: string): Promise<Celebration> {
    const celebration = await this.celebrations.findOneBy({ id: celebrationId, organizationId: viewer.organizationId });
    if (!celebration) throw new NotFoundError('Celebration', celebrationId);
    return celebration;
  }
}
