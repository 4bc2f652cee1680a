import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotFoundError, checkKudos, kudosAllowanceLeft } from '@laurels/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AchievementService } from '#achievements/achievement-path';
import type { Viewer } from '#platform/auth';
import { Clock } from '#platform/clock';
import { indexBy, type BatchLoad } from '#platform/graphql';
import { Organization, User, lockPeople } from '#directory/organizations';
import type { GiveKudosInput } from './dto/give-kudos.input.js';
import { Kudos } from './kudos.entity.js';

@Injectable()
export class KudosService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly achievements: AchievementService,
    private readonly clock: Clock,
  ) {}

  /**
   * Thanks a colleague: the points come out of the giver's allowance for the
   * calendar month (in the organisation's time zone) and go to the receiver
   * through the achievement path, with a celebration. Both people are locked,
   * in a fixed order, for the whole transaction: many kudos sent at once are
   * counted one after the other and can never overspend the allowance.
   */
  async give(viewer: Viewer, input: GiveKudosInput): Promise<Kudos> {
    return this.dataSource.transaction(async (manager) => {
      const receiver = await manager.getRepository(User).findOneBy({ id: input.toUserId, organizationId: viewer.organizationId });
      if (!receiver) throw new NotFoundError('User', input.toUserId);
      await lockPeople(manager, [viewer.userId, receiver.id]);
      const organization = await manager.getRepository(Organization).findOneByOrFail({ id: viewer.organizationId });
      const [left] = await this.allowancesLeft(manager, [viewer.userId]);
      const checked = checkKudos({ ...input, fromUserId: viewer.userId, toUserId: receiver.id }, organization.values, left!);
      const repository = manager.getRepository(Kudos);
      const kudos = await repository.save(
        repository.create({
          organizationId: viewer.organizationId,
          fromUserId: viewer.userId,
          toUserId: receiver.id,
          message: checked.message,
          values: checked.values,
          points: input.points,
          createdAt: this.clock.now(),
        }),
      );
      const giver = await manager.getRepository(User).findOneByOrFail({ id: viewer.userId });
      await this.achievements.record(manager, receiver.id, [
        {
          kind: 'KUDOS_RECEIVED',
          kudosId: kudos.id,
          fromUserId: giver.id,
          fromName: giver.displayName,
          points: kudos.points,
          message: kudos.message,
        },
      ]);
      return kudos;
    });
  }

  /** Kudos points each person may still give this calendar month. */
  readonly allowanceLeftByUserIds: BatchLoad<string, number> = (userIds) => this.allowancesLeft(this.dataSource.manager, userIds);

  readonly byIds: BatchLoad<string, Kudos | null> = async (ids) =>
    indexBy(
      ids,
      await this.dataSource.getRepository(Kudos).createQueryBuilder('kudos').where('kudos.id IN (:...ids)', { ids }).getMany(),
      (kudos) => kudos.id,
    );

  private async allowancesLeft(manager: EntityManager, userIds: readonly string[]): Promise<number[]> {
    const rows = await manager.query<{ id: string; allowance: number; given: number }[]>(
      `SELECT u.id, o.kudos_allowance AS allowance,
              (SELECT COALESCE(sum(k.points), 0)::int FROM kudos k
                WHERE k.from_user_id = u.id
                  AND k.created_at >= date_trunc('month', $2::timestamptz AT TIME ZONE o.time_zone) AT TIME ZONE o.time_zone) AS given
         FROM users u JOIN organizations o ON o.id = u.organization_id
        WHERE u.id = ANY($1::uuid[])`,
      [userIds, this.clock.now()],
    );
    const byId = new Map(rows.map((row) => [row.id, kudosAllowanceLeft(row.allowance, row.given)]));
    return userIds.map((id) => byId.get(id) ?? 0);
  }
}
