import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { NotFoundError } from '@laurels/domain';
import type { EntityManager, Repository } from 'typeorm';
import type { Viewer } from '../common/auth/viewer.js';
import { decodeCursor, pageSize } from '../common/graphql/cursor.js';
import { Team } from '../organizations/team.entity.js';
import { Celebration, type CelebrationKind } from './celebration.entity.js';

export interface CelebrationToWrite {
  readonly organizationId: string;
  readonly kind: CelebrationKind;
  readonly title: string;
  readonly body?: string | null;
  readonly userId?: string | null;
  readonly teamId?: string | null;
  /** Identifies what is celebrated: the same key is celebrated once. */
  readonly sourceKey: string;
  readonly details?: Record<string, string | number>;
  readonly at: Date;
}

export interface CelebrationPage {
  readonly nodes: Celebration[];
  readonly hasNextPage: boolean;
}

@Injectable()
export class CelebrationsService {
  constructor(
    @InjectRepository(Celebration) private readonly celebrations: Repository<Celebration>,
    @InjectRepository(Team) private readonly teams: Repository<Team>,
  ) {}

  /** Writes a celebration in the caller's transaction; null when this source was already celebrated. */
  async write(manager: EntityManager, celebration: CelebrationToWrite): Promise<Celebration | null> {
    const values = {
      organizationId: celebration.organizationId,
      kind: celebration.kind,
      title: celebration.title,
      body: celebration.body ?? null,
      userId: celebration.userId ?? null,
      teamId: celebration.teamId ?? null,
      sourceKey: celebration.sourceKey,
      details: celebration.details ?? {},
      createdAt: celebration.at,
    };
    const result = await manager.createQueryBuilder().insert().into(Celebration).values(values).orIgnore().returning(['id']).execute();
    const [row] = result.raw as { id: string }[];
    return row ? manager.getRepository(Celebration).create({ id: row.id, ...values }) : null;
  }

  /** The organisation's feed, newest first, a page at a time; optionally one team's. */
  async page(viewer: Viewer, first: number, after: string | null, teamId: string | null): Promise<CelebrationPage> {
    if (teamId && !(await this.teams.existsBy({ id: teamId, organizationId: viewer.organizationId }))) throw new NotFoundError('Team', teamId);
    const size = pageSize(first, 100);
    const query = this.celebrations
      .createQueryBuilder('celebration')
      .where(teamId ? 'celebration.teamId = :teamId' : 'celebration.organizationId = :org', teamId ? { teamId } : { org: viewer.organizationId })
      .orderBy('celebration.createdAt', 'DESC')
      .addOrderBy('celebration.id', 'DESC')
      .take(size + 1);
    if (after) {
      const position = decodeCursor(after);
      query.andWhere('(celebration.createdAt, celebration.id) < (:at, :id)', { at: position.at, id: position.id });
    }
    const rows = await query.getMany();
    return { nodes: rows.slice(0, size), hasNextPage: rows.length > size };
  }
}
