import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { ForbiddenError, InvalidInputError, NotFoundError, NotificationKind, RedemptionStatus, redemptionProblem } from '@laurels/domain';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import type { Viewer } from '#platform/auth';
import { Clock } from '#platform/clock';
import type { BatchLoad } from '#platform/graphql';
import { NotificationsService } from '#directory/notifications';
import { TeamsService, User, lockPeople } from '#directory/organizations';
import { Redemption } from './redemption.entity.js';
import { Reward } from './reward.entity.js';

/** The most redemptions one list holds: a person's latest, or the oldest of a review queue. */
export const MAX_REDEMPTIONS_LISTED = 100;

/** What redemptions hold or took from a person's points: all but the rejected. */
const HELD = `COALESCE((SELECT sum(held.cost) FROM redemptions held WHERE held.user_id = u.id AND held.status <> 'REJECTED'), 0)`;

/**
 * Spending points on rewards. A redemption holds its cost from the person's
 * spendable points (lifetime points less what redemptions hold or took) at
 * once; reviewing it spends or releases the hold. Nothing here touches the
 * ledger, so points, level and leaderboard place never move.
 */
@Injectable()
export class RedemptionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Redemption) private readonly redemptions: Repository<Redemption>,
    private readonly teams: TeamsService,
    private readonly clock: Clock,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * Redeems a reward for the viewer. Under a lock on the viewer, so that their
   * concurrent redemptions queue and each sees what the others hold; the stock
   * is taken by a conditional update, so that people racing for the last one
   * cannot all have it. A retry with the same idempotency key answers the first
   * redemption.
   */
  async redeem(viewer: Viewer, rewardId: string, idempotencyKey: string): Promise<Redemption> {
    const key = idempotencyKey.trim();
    if (key.length === 0 || key.length > 100) throw new InvalidInputError('idempotencyKey', 'idempotencyKey must be 1 to 100 characters');
    return this.dataSource.transaction(async (manager) => {
      await lockPeople(manager, [viewer.userId]);
      const earlier = await manager.getRepository(Redemption).findOneBy({ userId: viewer.userId, idempotencyKey: key });
      if (earlier) {
        if (earlier.rewardId !== rewardId) throw new InvalidInputError('idempotencyKey', 'This key was used to redeem another reward');
        return earlier;
      }
      const reward = await manager.getRepository(Reward).findOneBy({ id: rewardId, organizationId: viewer.organizationId });
      if (!reward) throw new NotFoundError('Reward', rewardId);
      const problem = redemptionProblem(reward, await this.spendable(manager, viewer.userId));
      if (problem) throw new InvalidInputError('rewardId', problem);
      if (reward.stock !== null) await this.takeOne(manager, reward);
      const redemption = manager.getRepository(Redemption).create({
        organizationId: viewer.organizationId,
        rewardId: reward.id,
        userId: viewer.userId,
        cost: reward.cost,
        idempotencyKey: key,
        requestedAt: this.clock.now(),
      });
      return manager.getRepository(Redemption).save(redemption);
    });
  }

  /**
   * Approves or rejects a pending redemption: a manager for the people of the
   * teams they manage, an admin for anyone, never their own. Rejecting gives
   * the points and the stock back.
   */
  async review(viewer: Viewer, redemptionId: string, approve: boolean, note: string | null): Promise<Redemption> {
    const text = note?.trim() || null;
    if (text !== null && text.length > 500) throw new InvalidInputError('note', 'note must be at most 500 characters');
    return this.dataSource.transaction(async (manager) => {
      const redemption = await manager
        .getRepository(Redemption)
        .findOne({ where: { id: redemptionId, organizationId: viewer.organizationId }, lock: { mode: 'pessimistic_write' } });
      if (!redemption) throw new NotFoundError('Redemption', redemptionId);
      if (redemption.userId === viewer.userId) throw new ForbiddenError('You cannot review your own redemption');
      const person = await manager.getRepository(User).findOneByOrFail({ id: redemption.userId });
      await this.teams.checkManagesMember(viewer, person);
      if (redemption.status !== RedemptionStatus.PENDING)
        throw new InvalidInputError('redemptionId', `This redemption was already ${redemption.status.toLowerCase()}`);
      const reviewed = {
        status: approve ? RedemptionStatus.APPROVED : RedemptionStatus.REJECTED,
        reviewedAt: this.clock.now(),
        reviewedById: viewer.userId,
        note: text,
      };
      await manager.getRepository(Redemption).update({ id: redemption.id }, reviewed);
      if (!approve) {
        await manager.query('UPDATE rewards SET stock = stock + 1 WHERE id = $1 AND stock IS NOT NULL', [redemption.rewardId]);
      }
      const reward = await manager.getRepository(Reward).findOneByOrFail({ id: redemption.rewardId });
      await this.notifications.notify(manager, {
        organizationId: viewer.organizationId,
        recipientId: redemption.userId,
        kind: NotificationKind.REDEMPTION_REVIEWED,
        title: approve ? `Your “${reward.name}” is approved` : `Your “${reward.name}” was not approved: its points are yours again`,
        body: text ?? (approve ? `${redemption.cost} points spent.` : `${redemption.cost} points released.`),
        url: '/rewards',
        key: `REDEMPTION_REVIEWED:${redemption.id}`,
      });
      return Object.assign(redemption, reviewed);
    });
  }

  /** The viewer's latest redemptions, newest first. */
  mine(viewer: Viewer): Promise<Redemption[]> {
    return this.redemptions.find({
      where: { userId: viewer.userId },
      order: { requestedAt: 'DESC', id: 'DESC' },
      take: MAX_REDEMPTIONS_LISTED,
    });
  }

  /**
   * The redemptions a manager or admin may review, in one status (PENDING when
   * none is given): pending ones oldest first, as a queue; others newest first.
   * A manager sees those of the people in the teams they manage.
   */
  async queue(viewer: Viewer, status: RedemptionStatus | null): Promise<Redemption[]> {
    const wanted = status ?? RedemptionStatus.PENDING;
    const managed = await this.teams.managedTeamIds(viewer);
    if (managed?.length === 0) return [];
    const order = wanted === RedemptionStatus.PENDING ? 'ASC' : 'DESC';
    const query = this.redemptions
      .createQueryBuilder('redemption')
      .where('redemption.organizationId = :organizationId', { organizationId: viewer.organizationId })
      .andWhere('redemption.status = :status', { status: wanted })
      .andWhere('redemption.userId <> :viewerId', { viewerId: viewer.userId });
    if (managed) {
      query.andWhere('redemption.userId IN (SELECT member.id FROM users member WHERE member.team_id = ANY(:managed))', { managed });
    }
    return query.orderBy('redemption.requestedAt', order).addOrderBy('redemption.id', order).limit(MAX_REDEMPTIONS_LISTED).getMany();
  }

  /** Each person's spendable points: their lifetime points less what redemptions hold or took. */
  readonly spendableByUserIds: BatchLoad<string, number> = async (userIds) => {
    const rows: { id: string; spendable: number }[] = await this.dataSource.query(
      `SELECT u.id, (u.points - ${HELD})::int AS spendable FROM users u WHERE u.id = ANY($1::uuid[])`,
      [userIds],
    );
    const byId = new Map(rows.map((row) => [row.id, row.spendable]));
    return userIds.map((id) => byId.get(id) ?? 0);
  };

  private async spendable(manager: EntityManager, userId: string): Promise<number> {
    const [row] = await manager.query<{ spendable: number }[]>(
      `SELECT (u.points - ${HELD})::int AS spendable FROM users u WHERE u.id = $1`,
      [userId],
    );
    return row!.spendable;
  }

  /** Takes one from the stock if any is left; people racing for the last one queue on the row and only the first finds it. */
  private async takeOne(manager: EntityManager, reward: Reward): Promise<void> {
    const [taken] = await manager.query<[unknown[], number]>(
      'UPDATE rewards SET stock = stock - 1 WHERE id = $1 AND active AND stock > 0 RETURNING stock',
      [reward.id],
    );
    if (taken.length === 0) throw new InvalidInputError('rewardId', `“${reward.name}” is out of stock`);
  }
}
