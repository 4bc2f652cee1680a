import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { NotFoundError, type CelebrationKind } from '@laurels/domain';
import type { EntityManager, Repository } from 'typeorm';
import type { Viewer } from '#platform/auth';
import { Celebration } from './celebration.entity.js';
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
  ) {}

  /**
   * Writes a celebration in the caller's transaction; null when this source
   * was already celebrated. It reaches live subscribers once that transaction commits.
   */
  async write(manager: EntityManager, celebration: CelebrationToWrite): Promise<Celebration | null> {
    const values = {
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
    const result = await manager.createQueryBuilder().insert().into(Celebration).values(values).orIgnore().returning(['id']).execute();
    const [row] = result.raw as { id: string }[];
    if (!row) return null;
    const written = manager.getRepository(Celebration).create({ id: row.id, ...values });
    await this.publisher.written(manager, written);
    return written;
  }

  async get(viewer: Viewer, celebrationId: string): Promise<Celebration> {
    const celebration = await this.celebrations.findOneBy({ id: celebrationId, organizationId: viewer.organizationId });
    if (!celebration) throw new NotFoundError('Celebration', celebrationId);
    return celebration;
  }
}
