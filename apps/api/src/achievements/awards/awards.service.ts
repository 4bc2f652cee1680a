import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { NotFoundError } from '@laurels/domain';
import { In, type Repository } from 'typeorm';
import type { Viewer } from '#platform/auth';
import { groupBy, isPastCursor, keysetColumns, keysetPageKey, type BatchLoad, type KeysetPage } from '#platform/graphql';
import { BadgeAward } from './badge-award.entity.js';
import { CertificationAward } from './certification-award.entity.js';

/** A page of a badge's holders, most recent first: `first` of them, older than `after` when given. */
export interface HoldersPage extends KeysetPage {
  readonly badgeId: string;
}

export const holdersPageKey = (page: HoldersPage) => keysetPageKey(page.badgeId, page);

/** A person's latest `first` certification awards. */
export interface LatestAwards {
  readonly userId: string;
  readonly first: number;
}

export const latestAwardsKey = (key: LatestAwards) => `${key.userId}:${key.first}`;

/** The badges and certifications people hold, as the achievement path awarded them. */
@Injectable()
export class AwardsService {
  constructor(
    @InjectRepository(BadgeAward) private readonly badgeAwards: Repository<BadgeAward>,
    @InjectRepository(CertificationAward) private readonly certificationAwards: Repository<CertificationAward>,
  ) {}

  async certificationAward(viewer: Viewer, awardId: string): Promise<CertificationAward> {
    const award = await this.certificationAwards.findOneBy({ id: awardId, organizationId: viewer.organizationId });
    if (!award) throw new NotFoundError('Certification award', awardId);
    return award;
  }

  readonly awardsByUserIds: BatchLoad<string, BadgeAward[]> = async (userIds) =>
    groupBy(
      userIds,
      await this.badgeAwards.find({ where: { userId: In([...userIds]) }, order: { awardedAt: 'DESC' } }),
      (award) => award.userId,
    );

  /**
   * A page of holders for each badge, in one statement: each page walks the
   * (badge, awarded at, id) index from its cursor and stops after `first`.
   */
  readonly holders: BatchLoad<HoldersPage, BadgeAward[]> = async (pages) => {
    const rows = await this.badgeAwards
      .createQueryBuilder('award')
      .where(
        `award.id IN (
          SELECT page.id
          FROM unnest(CAST(:badgeIds AS uuid[]), CAST(:sizes AS int[]), CAST(:afterAts AS timestamptz[]), CAST(:afterIds AS uuid[])) AS k(badge_id, size, after_at, after_id)
          CROSS JOIN LATERAL (
            SELECT a.id FROM badge_awards a
            WHERE a.badge_id = k.badge_id AND (k.after_at IS NULL OR (a.awarded_at, a.id) < (k.after_at, k.after_id))
            ORDER BY a.awarded_at DESC, a.id DESC
            LIMIT k.size
          ) page
        )`,
        {
          badgeIds: pages.map((page) => page.badgeId),
          ...keysetColumns(pages),
        },
      )
      .orderBy('award.awardedAt', 'DESC')
      .addOrderBy('award.id', 'DESC')
      .getMany();
    return pages.map((page) =>
      rows.filter((award) => award.badgeId === page.badgeId && isPastCursor(award.awardedAt, award.id, page.after)).slice(0, page.first),
    );
  };

  /** How many hold each badge: counted from the (badge, …) index alone. */
  readonly holderCounts: BatchLoad<string, number> = async (badgeIds) => {
    const rows = await this.badgeAwards
      .createQueryBuilder('award')
      .select('award.badgeId', 'badgeId')
      .addSelect('COUNT(*)::int', 'count')
      .where('award.badgeId IN (:...badgeIds)', { badgeIds })
      .groupBy('award.badgeId')
      .getRawMany<{ badgeId: string; count: number }>();
    const byBadge = new Map(rows.map((row) => [row.badgeId, row.count]));
    return badgeIds.map((id) => byBadge.get(id) ?? 0);
  };

  /** Each person's latest `first` awards, newest first, in one statement. */
  readonly latestAwards: BatchLoad<LatestAwards, CertificationAward[]> = async (keys) => {
    const userIds = [...new Set(keys.map((key) => key.userId))];
    const rows = await this.certificationAwards
      .createQueryBuilder('award')
      .where(
        `award.id IN (
          SELECT ranked.id FROM (
            SELECT a.id, row_number() OVER (PARTITION BY a.user_id ORDER BY a.issued_at DESC, a.id DESC) AS n
            FROM certification_awards a WHERE a.user_id IN (:...userIds)
          ) ranked WHERE ranked.n <= :first
        )`,
        { userIds, first: Math.max(...keys.map((key) => key.first)) },
      )
      .orderBy('award.issuedAt', 'DESC')
      .addOrderBy('award.id', 'DESC')
      .getMany();
    const byUser = groupBy(userIds, rows, (award) => award.userId);
    return keys.map((key) => byUser[userIds.indexOf(key.userId)]!.slice(0, key.first));
  };
}
