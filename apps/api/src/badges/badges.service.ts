import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { ConflictError, DEFAULT_BADGES, InvalidInputError, NotFoundError, badgeProgress, normalizeBadgeRule, type BadgeProgress } from '@laurels/domain';
import { DataSource, In, type EntityManager, type Repository } from 'typeorm';
import { AchievementCountsService } from '../achievements/achievement-counts.service.js';
import { AchievementService } from '../achievements/achievement.service.js';
import type { Viewer } from '../common/auth/viewer.js';
import { groupBy, indexBy, type BatchLoad } from '../common/graphql/request-loaders.js';
import { requireText } from '../common/graphql/validation.js';
import { isUniqueViolation } from '../database/unique-violation.js';
import { TeamsService } from '../organizations/teams.service.js';
import { User } from '../organizations/user.entity.js';
import { BadgeAward } from './badge-award.entity.js';
import { BadgeDefinition } from './badge-definition.entity.js';
import type { CreateBadgeInput } from './dto/create-badge.input.js';

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

  readonly awardsByBadgeIds: BatchLoad<string, BadgeAward[]> = async (badgeIds) =>
    groupBy(badgeIds, await this.awards.find({ where: { badgeId: In([...badgeIds]) }, order: { awardedAt: 'DESC' } }), (award) => award.badgeId);
}
