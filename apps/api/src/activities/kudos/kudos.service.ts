import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { InvalidInputError, NotFoundError, NotificationKind, checkKudos, kudosAllowanceLeft } from '@laurels/domain';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { AchievementService } from '#achievements/achievement-path';
import type { Viewer } from '#platform/auth';
import { Clock } from '#platform/clock';
import { indexBy, isPastCursor, keysetColumns, keysetPageKey, type BatchLoad, type KeysetPage } from '#platform/graphql';
import { Organization, User, lockPeople, refuseDeactivated } from '#directory/organizations';
import type { GiveKudosInput } from './dto/give-kudos.input.js';
import { Kudos } from './kudos.entity.js';
import { NotificationsService } from '#directory/notifications';

/** A page of the kudos one person received, newest first: `first` of them, older than `after` when given. */
export interface ReceivedPage extends KeysetPage {
  readonly userId: string;
}

export const receivedPageKey = (page: ReceivedPage) => keysetPageKey(page.userId, page);

@Injectable()
export class KudosService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly achievements: AchievementService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  /**
   * Thanks one colleague or several together: each receives the points, which
   * come out of the giver's allowance for the calendar month (in the
   * organisation's time zone) once per recipient, through the achievement
   * path with a celebration each. Everyone involved is locked, in a fixed
   * order, for the whole transaction: many kudos sent at once are counted one
   * after the other and can never overspend the allowance, and a retry with
   * the same idempotency key finds the first and gives nothing more.
   */
  async give(viewer: Viewer, input: GiveKudosInput): Promise<Kudos> {
    const recipientIds = [...new Set([input.toUserId, ...(input.toUserIds ?? [])])];
    return this.dataSource.transaction(async (manager) => {
      const receivers = await manager.getRepository(User).findBy({ id: In(recipientIds), organizationId: viewer.organizationId });
      const missing = recipientIds.find((id) => !receivers.some((receiver) => receiver.id === id));
      if (missing) throw new NotFoundError('User', missing);
      refuseDeactivated(
        receivers.filter((receiver) => receiver.id === input.toUserId),
        'toUserId',
      );
      refuseDeactivated(receivers, 'toUserIds');
      await lockPeople(manager, [viewer.userId, ...recipientIds]);
      const repository = manager.getRepository(Kudos);
      if (input.idempotencyKey) {
        const earlier = await repository.findBy({ fromUserId: viewer.userId, idempotencyKey: input.idempotencyKey });
        if (earlier.length > 0) {
          const same = earlier.find((kudos) => kudos.toUserId === input.toUserId);
          if (!same) throw new InvalidInputError('idempotencyKey', 'this idempotencyKey was already used for kudos to someone else');
          return same;
        }
      }
      const organization = await manager.getRepository(Organization).findOneByOrFail({ id: viewer.organizationId });
      const [left] = await this.allowancesLeft(manager, [viewer.userId]);
      const checked = checkKudos({ ...input, fromUserId: viewer.userId, toUserIds: recipientIds }, organization.values, left!);
      const giver = await manager.getRepository(User).findOneByOrFail({ id: viewer.userId });
      const given: Kudos[] = [];
      for (const toUserId of recipientIds) {
        const kudos = await repository.save(
          repository.create({
            organizationId: viewer.organizationId,
            fromUserId: viewer.userId,
            toUserId,
            message: checked.message,
            values: checked.values,
            points: input.points,
            createdAt: this.clock.now(),
            idempotencyKey: input.idempotencyKey ?? null,
          }),
        );
        await this.achievements.record(manager, toUserId, [
          {
            kind: 'KUDOS_RECEIVED',
            kudosId: kudos.id,
            fromUserId: giver.id,
            fromName: giver.displayName,
            points: kudos.points,
            message: kudos.message,
          },
        ]);
        given.push(kudos);
      }
      await this.notifications.notifyAll(
        manager,
        given.map((kudos) => ({
          organizationId: viewer.organizationId,
          recipientId: kudos.toUserId,
          kind: NotificationKind.KUDOS_RECEIVED,
          title: `${giver.displayName} thanked you`,
          body: kudos.message,
          url: `/people/${kudos.toUserId}`,
          key: `KUDOS:${kudos.id}`,
        })),
      );
      return given[0]!;
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

  /**
   * A page of kudos received for each person asked, one more than asked (so
   * the caller knows whether another page follows), in one statement: each
   * page walks kudos_received_by (recipient, created at, id) from its cursor.
   */
  readonly receivedPages: BatchLoad<ReceivedPage, Kudos[]> = async (pages) => {
    const rows = await this.dataSource
      .getRepository(Kudos)
      .createQueryBuilder('kudos')
      .where(
        `kudos.id IN (
          SELECT page.id
          FROM unnest(CAST(:userIds AS uuid[]), CAST(:sizes AS int[]), CAST(:afterAts AS timestamptz[]), CAST(:afterIds AS uuid[])) AS k(user_id, size, after_at, after_id)
          CROSS JOIN LATERAL (
            SELECT received.id FROM kudos received
            WHERE received.to_user_id = k.user_id AND (k.after_at IS NULL OR (received.created_at, received.id) < (k.after_at, k.after_id))
            ORDER BY received.created_at DESC, received.id DESC
            LIMIT k.size + 1
          ) page
        )`,
        {
          userIds: pages.map((page) => page.userId),
          ...keysetColumns(pages),
        },
      )
      .orderBy('kudos.createdAt', 'DESC')
      .addOrderBy('kudos.id', 'DESC')
      .getMany();
    return pages.map((page) =>
      rows
        .filter((kudos) => kudos.toUserId === page.userId && isPastCursor(kudos.createdAt, kudos.id, page.after))
        .slice(0, page.first + 1),
    );
  };

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
