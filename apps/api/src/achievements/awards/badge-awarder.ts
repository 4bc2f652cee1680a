import { Injectable } from '@nestjs/common';
import { ConflictError, InvalidInputError, meetsRule, type AchievementCounts } from '@laurels/domain';
import type { EntityManager } from 'typeorm';
import { BadgeAward } from './badge-award.entity.js';
import { BadgeDefinition } from '#catalog/badges';

/** Writes badge awards, each at most once per person (the unique index is the last guard). */
@Injectable()
export class BadgeAwarder {
  /** Awards every automatic badge the counts now earn and the person does not hold yet. */
  async awardEarned(
    manager: EntityManager,
    user: { id: string; organizationId: string },
    counts: AchievementCounts,
    at: Date,
  ): Promise<Awarded[]> {
    // The organisation's badges the person does not hold yet: one statement.
    const definitions = await manager
      .getRepository(BadgeDefinition)
      .createQueryBuilder('badge')
      .where('badge.organizationId = :organizationId', { organizationId: user.organizationId })
      .andWhere('NOT EXISTS (SELECT 1 FROM badge_awards held WHERE held.badge_id = badge.id AND held.user_id = :userId)', {
        userId: user.id,
      })
      .orderBy('badge.createdAt', 'ASC')
      .getMany();
    const earned = definitions.filter((definition) =>
      meetsRule({ kind: definition.kind, threshold: definition.threshold, skill: definition.skill }, counts),
    );
    const awarded: Awarded[] = [];
    for (const definition of earned) {
      const award = await this.insert(manager, {
        organizationId: user.organizationId,
        badgeId: definition.id,
        userId: user.id,
        awardedAt: at,
        awardedById: null,
        reason: null,
        revokedAt: null,
        revokedById: null,
        revokedReason: null,
      });
      if (award) awarded.push({ award, badge: definition });
    }
    return awarded;
  }

  /** Gives a MANUAL badge; refuses automatic badges and badges already held. */
  async awardManual(
    manager: EntityManager,
    user: { id: string; organizationId: string; displayName: string },
    badge: BadgeDefinition,
    awardedById: string,
    reason: string,
    at: Date,
  ): Promise<Awarded> {
    if (badge.kind !== 'MANUAL')
      throw new InvalidInputError('badgeId', `“${badge.name}” is earned automatically and cannot be given by hand`);
    const award = await this.insert(manager, {
      organizationId: user.organizationId,
      badgeId: badge.id,
      userId: user.id,
      awardedAt: at,
      awardedById,
      reason,
      revokedAt: null,
      revokedById: null,
      revokedReason: null,
    });
    if (!award) throw new ConflictError('badgeId', `${user.displayName} already holds “${badge.name}”`);
    return { award, badge };
  }

  private async insert(manager: EntityManager, values: Omit<BadgeAward, 'id'>): Promise<BadgeAward | null> {
    const result = await manager.createQueryBuilder().insert().into(BadgeAward).values(values).orIgnore().returning(['id']).execute();
    const [row] = result.raw as { id: string }[];
    return row ? manager.getRepository(BadgeAward).create({ id: row.id, ...values }) : null;
  }
}

export interface Awarded {
  readonly award: BadgeAward;
  readonly badge: BadgeDefinition;
}
