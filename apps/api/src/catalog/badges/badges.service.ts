import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ConflictError, DEFAULT_BADGES, checkBadgeName, MAX_BADGES, NotFoundError, normalizeBadgeRule, requireRoom } from '@laurels/domain';
import { In, type EntityManager, type Repository } from 'typeorm';
import type { Viewer } from '#platform/auth';
import { indexBy, type BatchLoad } from '#platform/graphql';
import { isUniqueViolation } from '#platform/database';
import { BadgeDefinition } from './badge-definition.entity.js';
import type { CreateBadgeInput } from './dto/create-badge.input.js';

/** The badges an organisation offers: their definitions and the default set. */
@Injectable()
export class BadgesService {
  constructor(@InjectRepository(BadgeDefinition) private readonly badges: Repository<BadgeDefinition>) {}

  list(viewer: Viewer): Promise<BadgeDefinition[]> {
    return this.badges.find({ where: { organizationId: viewer.organizationId }, order: { createdAt: 'ASC', name: 'ASC' } });
  }

  async get(viewer: Viewer, badgeId: string): Promise<BadgeDefinition> {
    const badge = await this.badges.findOneBy({ id: badgeId, organizationId: viewer.organizationId });
    if (!badge) throw new NotFoundError('Badge', badgeId);
    return badge;
  }

  async create(viewer: Viewer, input: CreateBadgeInput): Promise<BadgeDefinition> {
    checkBadgeName(input.name);
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

  readonly byIds: BatchLoad<string, BadgeDefinition | null> = async (ids) =>
    indexBy(ids, await this.badges.findBy({ id: In([...ids]) }), (badge) => badge.id);
}
