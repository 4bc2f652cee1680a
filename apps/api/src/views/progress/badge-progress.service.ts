import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { badgeProgress, type BadgeProgress } from '@laurels/domain';
import type { Repository } from 'typeorm';
import { AchievementCountsService } from '#achievements/achievement-path';
import { BadgeAward } from '#achievements/awards';
import { BadgesService, type BadgeDefinition } from '#catalog/badges';
import type { Viewer } from '#platform/auth';

export interface BadgeStanding extends BadgeProgress {
  readonly badge: BadgeDefinition;
  readonly awardedAt: Date | null;
}

/** Where people stand on the badges they have not earned yet, by the rules that award them. */
@Injectable()
export class BadgeProgressService {
  constructor(
    @InjectRepository(BadgeAward) private readonly awards: Repository<BadgeAward>,
    private readonly badges: BadgesService,
    private readonly counts: AchievementCountsService,
  ) {}

  /** Where the viewer stands on every badge, computed by the rule that awards it. */
  async progress(viewer: Viewer): Promise<BadgeStanding[]> {
    const [badges, held, counts] = await Promise.all([
      this.badges.list(viewer),
      this.awards.findBy({ userId: viewer.userId }),
      this.counts.countsFor(viewer.userId),
    ]);
    const awardedAt = new Map(held.map((award) => [award.badgeId, award.awardedAt]));
    return badges.map((badge) => ({
      badge,
      awardedAt: awardedAt.get(badge.id) ?? null,
      ...badgeProgress({ kind: badge.kind, threshold: badge.threshold, skill: badge.skill }, counts, awardedAt.has(badge.id)),
    }));
  }
}
