import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { NotFoundError, checkComment, checkStory, spotlightSince, validateReaction, type StoryToPost } from '@laurels/domain';
import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager, type Repository } from 'typeorm';
import type { Viewer } from '../common/auth/viewer.js';
import { Clock } from '../common/clock.js';
import { decodeCursor, pageSize } from '../common/graphql/cursor.js';
import { groupBy, type BatchLoad } from '../common/graphql/request-loaders.js';
import { Team } from '../organizations/team.entity.js';
import { User } from '../organizations/user.entity.js';
import { CelebrationComment } from './celebration-comment.entity.js';
import { CelebrationReaction } from './celebration-reaction.entity.js';
import { Celebration, CelebrationKind } from './celebration.entity.js';
import { CelebrationPublisher } from './live/celebration-publisher.js';

export interface CelebrationToWrite {
  readonly organizationId: string;
  readonly kind: CelebrationKind;
  readonly title: string;
  readonly body?: string | null;
  readonly userId?: string | null;
  /** Everyone celebrated, when more than `userId`. */
  readonly peopleIds?: readonly string[];
  readonly teamId?: string | null;
  /** Who made it happen: a kudos giver, a story's author, the manager giving a badge. */
  readonly actorId?: string | null;
  /** Identifies what is celebrated: the same key is celebrated once. */
  readonly sourceKey: string;
  readonly details?: Record<string, string | number>;
  readonly at: Date;
}

export interface CelebrationPage {
  readonly nodes: Celebration[];
  readonly hasNextPage: boolean;
}

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

/** The most celebrations one page of the feed holds, and the most moments the spotlight shows. */
export const MAX_FEED_PAGE = 100;
export const MAX_SPOTLIGHT = 10;

@Injectable()
export class CelebrationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Celebration) private readonly celebrations: Repository<Celebration>,
    @InjectRepository(Team) private readonly teams: Repository<Team>,
    private readonly publisher: CelebrationPublisher,
    private readonly clock: Clock,
  ) {}

  /**
   * Writes a celebration in the caller's transaction; null when this source
   * was already celebrated. It reaches live subscribers once that transaction commits.
   */
  async write(manager: EntityManager, celebration: CelebrationToWrite): Promise<Celebration | null> {
    const values = {
      organizationId: celebration.organizationId,
      kind: celebration.kind,
      title: celebration.title,
      body: celebration.body ?? null,
      userId: celebration.userId ?? null,
      peopleIds: [...(celebration.peopleIds ?? (celebration.userId ? [celebration.userId] : []))],
      teamId: celebration.teamId ?? null,
      actorId: celebration.actorId ?? null,
      sourceKey: celebration.sourceKey,
      details: celebration.details ?? {},
      createdAt: celebration.at,
    };
    const result = await manager.createQueryBuilder().insert().into(Celebration).values(values).orIgnore().returning(['id']).execute();
    const [row] = result.raw as { id: string }[];
    if (!row) return null;
    const written = manager.getRepository(Celebration).create({ id: row.id, ...values });
    await this.publisher.written(manager, written);
    return written;
  }

  /**
   * The organisation's feed, newest first, a page at a time; optionally one
   * team's, or some kinds only. Read from an index in feed order: a page of
   * some kinds is the newest of a page of each kind, so a rare kind costs no
   * more than a common one.
   */
  async page(viewer: Viewer, first: number, after: string | null, teamId: string | null, kinds: readonly CelebrationKind[] | null = null): Promise<CelebrationPage> {
    if (teamId) await this.team(viewer, teamId);
    const size = pageSize(first, MAX_FEED_PAGE);
    const position = after ? decodeCursor(after) : null;
    const before = (alias: string) => (position ? `AND (${alias}.created_at, ${alias}.id) < (:at, :id)` : '');
    const query = this.celebrations
      .createQueryBuilder('celebration')
      .setParameters({ org: viewer.organizationId, teamId, kinds, at: position?.at, id: position?.id, limit: size + 1 })
      .orderBy('celebration.createdAt', 'DESC')
      .addOrderBy('celebration.id', 'DESC')
      .limit(size + 1);
    if (teamId) query.where(`celebration.team_id = :teamId ${before('celebration')}`);
    else if (!kinds?.length) query.where(`celebration.organization_id = :org ${before('celebration')}`);
    else {
      query.where(`celebration.id IN (
        SELECT page.id FROM unnest(CAST(:kinds AS celebration_kind[])) AS wanted(kind)
         CROSS JOIN LATERAL (SELECT of_kind.id FROM celebrations of_kind
                              WHERE of_kind.organization_id = :org AND of_kind.kind = wanted.kind ${before('of_kind')}
                              ORDER BY of_kind.created_at DESC, of_kind.id DESC LIMIT :limit) page)`);
    }
    if (teamId && kinds?.length) query.andWhere('celebration.kind IN (:...kinds)');
    const rows = await query.getMany();
    return { nodes: rows.slice(0, size), hasNextPage: rows.length > size };
  }

  /**
   * The week's most celebrated moments of the organisation: the domain's
   * spotlight rule, ranked in SQL over the window's celebrations only.
   */
  async spotlight(viewer: Viewer, first: number): Promise<Celebration[]> {
    const size = pageSize(first, MAX_SPOTLIGHT);
    return this.celebrations
      .createQueryBuilder('celebration')
      .where('celebration.organizationId = :org AND celebration.createdAt >= :since AND celebration.engagement > 0', {
        org: viewer.organizationId,
        since: spotlightSince(this.clock.now()),
      })
      .orderBy('celebration.engagement', 'DESC')
      .addOrderBy('celebration.createdAt', 'DESC')
      .addOrderBy('celebration.id', 'DESC')
      .take(size)
      .getMany();
  }

  async get(viewer: Viewer, celebrationId: string): Promise<Celebration> {
    const celebration = await this.celebrations.findOneBy({ id: celebrationId, organizationId: viewer.organizationId });
    if (!celebration) throw new NotFoundError('Celebration', celebrationId);
    return celebration;
  }

  /** Checks that the team is the viewer's organisation's (another's looks unknown). */
  async team(viewer: Viewer, teamId: string): Promise<void> {
    if (!(await this.teams.existsBy({ id: teamId, organizationId: viewer.organizationId }))) throw new NotFoundError('Team', teamId);
  }

  /** Adds the viewer's emoji; reacting again with the same one changes nothing. */
  async react(viewer: Viewer, celebrationId: string, emoji: string): Promise<Celebration> {
    const reaction = validateReaction(emoji);
    const celebration = await this.get(viewer, celebrationId);
    await this.dataSource.transaction(async (manager) => {
      const { raw } = await manager
        .createQueryBuilder()
        .insert()
        .into(CelebrationReaction)
        .values({ celebrationId, userId: viewer.userId, emoji: reaction, createdAt: this.clock.now() })
        .orIgnore()
        .returning(['emoji'])
        .execute();
      if ((raw as unknown[]).length > 0) await this.engage(manager, celebrationId, 1);
    });
    return celebration;
  }

  /** Takes the viewer's emoji back; taking back one never given changes nothing. */
  async unreact(viewer: Viewer, celebrationId: string, emoji: string): Promise<Celebration> {
    const reaction = validateReaction(emoji);
    const celebration = await this.get(viewer, celebrationId);
    await this.dataSource.transaction(async (manager) => {
      const { affected } = await manager.getRepository(CelebrationReaction).delete({ celebrationId, userId: viewer.userId, emoji: reaction });
      if (affected) await this.engage(manager, celebrationId, -affected);
    });
    return celebration;
  }

  async comment(viewer: Viewer, celebrationId: string, body: string): Promise<CelebrationComment> {
    const text = checkComment(body);
    await this.get(viewer, celebrationId);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(CelebrationComment);
      const comment = await repository.save(repository.create({ celebrationId, authorId: viewer.userId, body: text, createdAt: this.clock.now() }));
      await this.engage(manager, celebrationId, 1);
      return comment;
    });
  }

  /** Moves a celebration's kept engagement with the reaction or comment just written, in its transaction. */
  private async engage(manager: EntityManager, celebrationId: string, change: number): Promise<void> {
    await manager.query('UPDATE celebrations SET engagement = engagement + $2 WHERE id = $1', [celebrationId, change]);
  }

  /**
   * A success story about colleagues, a team, or both, told by anyone. It
   * belongs to the team named, or to the one team all its people share.
   */
  async postStory(viewer: Viewer, input: StoryToPost): Promise<Celebration> {
    const story = checkStory(input);
    const people = story.userIds.length ? await this.dataSource.getRepository(User).findBy({ id: In(story.userIds), organizationId: viewer.organizationId }) : [];
    const unknown = story.userIds.find((id) => !people.some((person) => person.id === id));
    if (unknown) throw new NotFoundError('User', unknown);
    if (story.teamId) await this.team(viewer, story.teamId);
    const teams = new Set(people.map((person) => person.teamId));
    const teamId = story.teamId ?? (teams.size === 1 ? [...teams][0]! : null);
    const written = await this.dataSource.transaction((manager) =>
      this.write(manager, {
        organizationId: viewer.organizationId,
        kind: CelebrationKind.SUCCESS_STORY,
        title: story.title,
        body: story.body,
        userId: people.length === 1 ? people[0]!.id : null,
        peopleIds: story.userIds,
        teamId,
        actorId: viewer.userId,
        sourceKey: `SUCCESS_STORY:${randomUUID()}`,
        details: { icon: 'book-open' },
        at: this.clock.now(),
      }),
    );
    return written!;
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
