import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { MAX_REWARDS, NotFoundError, Role, checkReward, requireRoom, type RewardDraft } from '@laurels/domain';
import { DataSource, In, type Repository } from 'typeorm';
import type { Viewer } from '#platform/auth';
import { indexBy, type BatchLoad } from '#platform/graphql';
import { Reward } from './reward.entity.js';

/** The rewards catalogue an admin keeps: at most MAX_REWARDS, so it is always listed whole. */
@Injectable()
export class RewardsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Reward) private readonly rewards: Repository<Reward>,
  ) {}

  async create(viewer: Viewer, draft: RewardDraft): Promise<Reward> {
    const reward = checkReward(draft);
    return this.dataSource.transaction(async (manager) => {
      // One creation per organisation at a time, so that two at once cannot both take the last place.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('rewards'), hashtext($1))`, [viewer.organizationId]);
      const held = await manager.getRepository(Reward).countBy({ organizationId: viewer.organizationId });
      requireRoom(held, MAX_REWARDS, 'name', 'rewards in a catalogue');
      return manager.getRepository(Reward).save(manager.getRepository(Reward).create({ ...reward, organizationId: viewer.organizationId }));
    });
  }

  async setActive(viewer: Viewer, rewardId: string, active: boolean): Promise<Reward> {
    const reward = await this.get(viewer, rewardId);
    await this.rewards.update({ id: reward.id }, { active });
    return { ...reward, active };
  }

  async get(viewer: Viewer, rewardId: string): Promise<Reward> {
    const reward = await this.rewards.findOneBy({ id: rewardId, organizationId: viewer.organizationId });
    if (!reward) throw new NotFoundError('Reward', rewardId);
    return reward;
  }

  /** Active rewards by cost; an admin also sees the inactive ones, after them. */
  list(viewer: Viewer): Promise<Reward[]> {
    return this.rewards.find({
      where: { organizationId: viewer.organizationId, ...(viewer.role === Role.ADMIN ? {} : { active: true }) },
      order: { active: 'DESC', cost: 'ASC', name: 'ASC', id: 'ASC' },
      take: MAX_REWARDS,
    });
  }

  readonly byIds: BatchLoad<string, Reward | null> = async (ids) =>
    indexBy(ids, await this.rewards.findBy({ id: In([...ids]) }), (reward) => reward.id);
}
