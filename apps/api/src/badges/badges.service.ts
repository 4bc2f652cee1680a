import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { ConflictError, DEFAULT_BADGES, InvalidInputError, MAX_BADGES, NotFoundError, requireRoom, badgeProgress, normalizeBadgeRule, type BadgeProgress } from '@laurels/domain';
import { DataSource, In, type EntityManager, type Repository } from 'typeorm';
import { AchievementCountsService } from '../achievements/achievement-counts.service.js';
import { AchievementService } from '../achievements/achievement.service.js';
import type { Viewer } from '../common/auth/viewer.js';
import type { Position } from '../common/graphql/cursor.js';
import { groupBy, indexBy, type BatchLoad } from '../common/graphql/request-loaders.js';
import { requireText } from '../common/graphql/validation.js';
import { isUniqueViolation } from '../database/unique-violation.js';
import { TeamsService } from '../organizations/teams.service.js';
import { User } from '../organizations/user.entity.js';
import { BadgeAward } from './badge-award.entity.js';
import { BadgeDefinition } from './badge-definition.entity.js';
import type { CreateBadgeInput } from './dto/create-badge.input.js';

/** A page of a badge's holders, most recent first: `first` of them, older than `after` when given. */
export interface HoldersPage {
  readonly badgeId: string;
  readonly first: number;
  readonly after: Position | null;
}

export const holdersPageKey = (page: HoldersPage) => `${page.badgeId}:${page.first}:${page.after?.at.toISOString() ?? ''}:${page.after?.id ?? ''}`;

const olderThan = (award: BadgeAward, position: Position) =>
  award.awardedAt.getTime() < position.at.getTime() || (award.awardedAt.getTime() === position.at.getTime() && award.id < position.id);

export interface BadgeStanding extends BadgeProgress {
  readonly badge: BadgeDefinition;
  readonly awardedAt: Date | null;
}

@Injectable()
export class BadgesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(BadgeDefinition) private readonly badges: Repository<BadgeDefinition>,
    @InjectRepository(BadgeAward) private readonly awards: Repository<BadgeAward>,
    private readonly achievements: AchievementService,
    private readonly counts: AchievementCountsService,
    private readonly teams: TeamsService,
  ) {}

  list(viewer: Viewer): Promise<BadgeDefinition[]> {
    return this.badges.find({ where: { organizationId: viewer.organizationId }, order: { createdAt: 'ASC', name: 'ASC' } });
  }

  async get(viewer: Viewer, badgeId: string): Promise<BadgeDefinition> {
    const badge = await this.badges.findOneBy({ id: badgeId, organizationId: viewer.organizationId });
    if (!badge) throw new NotFoundError('Badge', badgeId);
    return badge;
  }

  async create(viewer: Viewer, input: CreateBadgeInput): Promise<BadgeDefinition> {
    const rule = normalizeBadgeRule({ kind: input.kind, threshold: input.threshold, skill: input.skill });
    const taken = () => new ConflictError('name', `a badge named “${input.name}” already exists`);
    if (await this.badges.existsBy({ organizationId: viewer.organizationId, name: input.name })) throw taken();
    requireRoom(await this.badges.countBy({ organizationId: viewer.organizationId }), MAX_BADGES, 'name', 'badges in an organisation');
    return this.badges
      .save(
        this.badges.create({
          organizationId: viewer.organizationId,
          name: input.name,
          description: input.description,
          criteria: input.criteria,
          kind: rule.kind,
          threshold: rule.threshold,
          skill: rule.skill ?? null,
          tier: input.tier,
          icon: input.icon,
          points: input.points,
        }),
      )
      .catch((error: unknown) => {
        throw isUniqueViolation(error, 'badge_definitions_name_unique') ? taken() : error;
      });
  }

  /** The default set every new organisation starts with. */
  async createDefaults(manager: EntityManager, organizationId: string): Promise<void> {
    await manager.getRepository(BadgeDefinition).save(
      DEFAULT_BADGES.map((template) => ({
        organizationId,
        name: template.name,
        description: template.description,
        criteria: template.criteria,
        kind: template.rule.kind,
        threshold: template.rule.threshold,
        skill: template.rule.skill ?? null,
        tier: template.tier,
        icon: template.icon,
        points: template.points,
      })),
    );
  }

  /** A manager gives a MANUAL badge to someone in a team they manage (an admin to anyone), through the achievement path (points, celebration, credential). */
  award(viewer: Viewer, badgeId: string, userId: string, reason: string): Promise<BadgeAward> {
    if (userId === viewer.userId) throw new InvalidInputError('userId', 'you cannot give a badge to yourself');
    const why = requireText(reason, 'reason', 1, 500);
    return this.dataSource.transaction(async (manager) => {
      const recipient = await manager.getRepository(User).findOneBy({ id: userId, organizationId: viewer.organizationId });
      if (!recipient) throw new NotFoundError('User', userId);
      await this.teams.checkManagesMember(viewer, recipient);
      await this.achievements.lockUser(manager, recipient.id);
      const outcome = await this.achievements.record(manager, recipient.id, [{ kind: 'MANUAL_BADGE', badgeId, awardedById: viewer.userId, reason: why }]);
      return outcome.newBadges.find((award) => award.badgeId === badgeId)!;
    });
  }

  /** Where the viewer stands on every badge, computed by the rule that awards it. */
  async progress(viewer: Viewer): Promise<BadgeStanding[]> {
    const [badges, held, counts] = await Promise.all([
      this.list(viewer),
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

  readonly byIds: BatchLoad<string, BadgeDefinition | null> = async (ids) => indexBy(ids, await this.badges.findBy({ id: In([...ids]) }), (badge) => badge.id);

  readonly awardsByUserIds: BatchLoad<string, BadgeAward[]> = async (userIds) =>
    groupBy(userIds, await this.awards.find({ where: { userId: In([...userIds]) }, order: { awardedAt: 'DESC' } }), (award) => award.userId);

  /**
   * A page of holders for each badge, in one statement: each page walks the
   * (badge, awarded at, id) index from its cursor and stops after `first`.
   */
  readonly holders: BatchLoad<HoldersPage, BadgeAward[]> = async (pages) => {
    const rows = await this.awards
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
          sizes: pages.map((page) => page.first),
          afterAts: pages.map((page) => page.after?.at ?? null),
          afterIds: pages.map((page) => page.after?.id ?? null),
        },
      )
      .orderBy('award.awardedAt', 'DESC')
      .addOrderBy('award.id', 'DESC')
      .getMany();
    return pages.map((page) => rows.filter((award) => award.badgeId === page.badgeId && (!page.after || olderThan(award, page.after))).slice(0, page.first));
  };

  /** How many hold each badge: counted from the (badge, …) index alone. */
  readonly holderCounts: BatchLoad<string, number> = async (badgeIds) => {
    const rows = await this.awards
      .createQueryBuilder('award')
      .select('award.badgeId', 'badgeId')
      .addSelect('COUNT(*)::int', 'count')
      .where('award.badgeId IN (:...badgeIds)', { badgeIds })
      .groupBy('award.badgeId')
      .getRawMany<{ badgeId: string; count: number }>();
    const byBadge = new Map(rows.map((row) => [row.badgeId, row.count]));
    return badgeIds.map((id) => byBadge.get(id) ?? 0);
  };
}
