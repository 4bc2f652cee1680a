import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotificationKind, checkComment, validateReaction } from '@laurels/domain';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { CelebrationsService, type Celebration } from '#achievements/celebrations';
import { NotificationsService } from '#directory/notifications';
import { User } from '#directory/organizations';
import type { Viewer } from '#platform/auth';
import { Clock } from '#platform/clock';
import { groupBy, type BatchLoad } from '#platform/graphql';
import { CelebrationComment } from './celebration-comment.entity.js';
import { CelebrationReaction } from './celebration-reaction.entity.js';

export interface ReactionCount {
  readonly emoji: string;
  readonly count: number;
}

/** Whose reactions on which celebration: the key of the viewer's own reactions. */
export interface ReactionsOf {
  readonly celebrationId: string;
  readonly userId: string;
}

/** Comments shown under a celebration: the most recent ones, oldest first. */
export const COMMENTS_SHOWN = 50;

/** Reactions and comments on the feed's celebrations, each keeping the celebration's engagement in step. */
@Injectable()
export class ReactionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly celebrations: CelebrationsService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  /**
   * Adds the viewer's emoji to the celebration's card (a grouped moment's reactions are its group's);
   * reacting again with the same one changes nothing.
   */
  async react(viewer: Viewer, celebrationId: string, emoji: string): Promise<Celebration> {
    const reaction = validateReaction(emoji);
    const celebration = await this.celebrations.card(viewer, celebrationId);
    await this.dataSource.transaction(async (manager) => {
      const { raw } = await manager
        .createQueryBuilder()
        .insert()
        .into(CelebrationReaction)
        .values({ celebrationId: celebration.id, userId: viewer.userId, emoji: reaction, createdAt: this.clock.now() })
        .orIgnore()
        .returning(['emoji'])
        .execute();
      if ((raw as unknown[]).length > 0) await this.engage(manager, celebration.id, 1);
    });
    return celebration;
  }

  /** Takes the viewer's emoji back from the celebration's card; taking back one never given changes nothing. */
  async unreact(viewer: Viewer, celebrationId: string, emoji: string): Promise<Celebration> {
    const reaction = validateReaction(emoji);
    const celebration = await this.celebrations.card(viewer, celebrationId);
    await this.dataSource.transaction(async (manager) => {
      const { affected } = await manager
        .getRepository(CelebrationReaction)
        .delete({ celebrationId: celebration.id, userId: viewer.userId, emoji: reaction });
      if (affected) await this.engage(manager, celebration.id, -affected);
    });
    return celebration;
  }

  async comment(viewer: Viewer, celebrationId: string, body: string): Promise<CelebrationComment> {
    const text = checkComment(body);
    const card = await this.celebrations.card(viewer, celebrationId);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(CelebrationComment);
      const comment = await repository.save(
        repository.create({ celebrationId: card.id, authorId: viewer.userId, body: text, createdAt: this.clock.now() }),
      );
      await this.engage(manager, card.id, 1);
      await this.tellCelebrated(manager, viewer, card, comment);
      return comment;
    });
  }

  /** Tells the people a moment celebrates (not the one commenting) that someone commented on it. */
  private async tellCelebrated(manager: EntityManager, viewer: Viewer, card: Celebration, comment: CelebrationComment): Promise<void> {
    const celebrated = card.peopleIds.filter((personId) => personId !== viewer.userId);
    if (celebrated.length === 0) return;
    const author = await manager.getRepository(User).findOneByOrFail({ id: viewer.userId });
    await this.notifications.notifyAll(
      manager,
      celebrated.map((recipientId) => ({
        organizationId: viewer.organizationId,
        recipientId,
        kind: NotificationKind.COMMENT,
        title: `${author.displayName} commented on “${card.title}”`,
        body: comment.body,
        url: '/feed',
        key: `COMMENT:${comment.id}`,
      })),
    );
  }

  /** Moves a celebration's kept engagement with the reaction or comment just written, in its transaction. */
  private async engage(manager: EntityManager, celebrationId: string, change: number): Promise<void> {
    await manager.query('UPDATE celebrations SET engagement = engagement + $2 WHERE id = $1', [celebrationId, change]);
  }

  /** Each celebration's reactions: how many of each emoji, most given first. */
  readonly reactionsByCelebrationIds: BatchLoad<string, ReactionCount[]> = async (celebrationIds) => {
    const rows = await this.dataSource.query<{ celebrationId: string; emoji: string; count: number }[]>(
      `SELECT celebration_id AS "celebrationId", emoji, count(*)::int AS count
         FROM celebration_reactions WHERE celebration_id = ANY($1::uuid[])
        GROUP BY celebration_id, emoji ORDER BY count DESC, min(created_at)`,
      [celebrationIds],
    );
    return groupBy(celebrationIds, rows, (row) => row.celebrationId).map((group) => group.map(({ emoji, count }) => ({ emoji, count })));
  };

  /** The emoji someone put on each celebration. */
  readonly reactionsOf: BatchLoad<ReactionsOf, string[]> = async (keys) => {
    const rows = await this.dataSource.getRepository(CelebrationReaction).find({
      where: { celebrationId: In(keys.map((key) => key.celebrationId)), userId: In([...new Set(keys.map((key) => key.userId))]) },
      order: { createdAt: 'ASC' },
    });
    return groupBy(keys.map(reactionsKey), rows, reactionsKey).map((group) => group.map((row) => row.emoji));
  };

  /** Each celebration's latest comments, oldest first. */
  readonly commentsByCelebrationIds: BatchLoad<string, CelebrationComment[]> = async (celebrationIds) => {
    const comments = await this.dataSource.query<CelebrationComment[]>(
      `SELECT c.id, c.celebration_id AS "celebrationId", c.author_id AS "authorId", c.body, c.created_at AS "createdAt"
         FROM unnest($1::uuid[]) AS thread(celebration_id)
         CROSS JOIN LATERAL (SELECT * FROM celebration_comments
                              WHERE celebration_id = thread.celebration_id
                              ORDER BY created_at DESC, id DESC LIMIT ${COMMENTS_SHOWN}) c
        ORDER BY c.created_at, c.id`,
      [celebrationIds],
    );
    return groupBy(celebrationIds, comments, (comment) => comment.celebrationId);
  };
}

export const reactionsKey = (key: ReactionsOf) => `${key.celebrationId}:${key.userId}`;
