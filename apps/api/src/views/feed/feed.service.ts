import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MAX_GROUPED, NotFoundError, spotlightSince, type CelebrationKind } from '@laurels/domain';
import type { Repository } from 'typeorm';
import { Celebration } from '#achievements/celebrations';
import { Team } from '#directory/organizations';
import type { Viewer } from '#platform/auth';
import { Clock } from '#platform/clock';
import {
  decodeCursor,
  groupBy,
  isPastCursor,
  keysetColumns,
  keysetPageKey,
  pageSize,
  type BatchLoad,
  type KeysetPage,
} from '#platform/graphql';

export interface CelebrationPage {
  readonly nodes: Celebration[];
  readonly hasNextPage: boolean;
}

/** A page of the success stories one person appears in, newest first: `first` of them, older than `after` when given. */
export interface StoriesPage extends KeysetPage {
  readonly userId: string;
}

export const storiesPageKey = (page: StoriesPage) => keysetPageKey(page.userId, page);

/** The most celebrations one page of the feed holds, and the most moments the spotlight shows. */
export const MAX_FEED_PAGE = 100;
export const MAX_SPOTLIGHT = 10;

/** The organisation's feed as everyone reads it: pages of celebrations and the week's spotlight. */
@Injectable()
export class FeedService {
  constructor(
    @InjectRepository(Celebration) private readonly celebrations: Repository<Celebration>,
    @InjectRepository(Team) private readonly teams: Repository<Team>,
    private readonly clock: Clock,
  ) {}

  /**
   * The organisation's feed, newest first, a page of cards at a time (each
   * celebration that leads its group; `grouped` lists the others); optionally
   * one team's, or some kinds only (the cards led by a moment of those kinds).
   * Read from an index in feed order: a page of some kinds is the newest of a
   * page of each kind, so a rare kind costs no more than a common one.
   */
  async page(
    viewer: Viewer,
    first: number,
    after: string | null,
    teamId: string | null,
    kinds: readonly CelebrationKind[] | null = null,
  ): Promise<CelebrationPage> {
    if (teamId) await this.team(viewer, teamId);
    const size = pageSize(first, MAX_FEED_PAGE);
    const position = after ? decodeCursor(after) : null;
    const before = (alias: string) =>
      `AND ${alias}.lead_id IS NULL ${position ? `AND (${alias}.created_at, ${alias}.id) < (:at, :id)` : ''}`;
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
      .where(
        'celebration.organizationId = :org AND celebration.createdAt >= :since AND celebration.engagement > 0 AND celebration.leadId IS NULL',
        {
          org: viewer.organizationId,
          since: spotlightSince(this.clock.now()),
        },
      )
      .orderBy('celebration.engagement', 'DESC')
      .addOrderBy('celebration.createdAt', 'DESC')
      .addOrderBy('celebration.id', 'DESC')
      .take(size)
      .getMany();
  }

  /**
   * For each person asked, a page (and one more, to tell whether another
   * follows) of the success stories they appear in, in one statement. Each
   * reads celebrations_story_people (a GIN index of the people of success
   * stories only): the stories that person appears in, never the feed.
   */
  readonly storyPages: BatchLoad<StoriesPage, Celebration[]> = async (pages) => {
    const rows = await this.celebrations
      .createQueryBuilder('celebration')
      .where(
        `celebration.id IN (
          SELECT page.id
          FROM unnest(CAST(:userIds AS uuid[]), CAST(:sizes AS int[]), CAST(:afterAts AS timestamptz[]), CAST(:afterIds AS uuid[])) AS k(user_id, size, after_at, after_id)
          CROSS JOIN LATERAL (
            SELECT story.id FROM celebrations story
            WHERE story.kind = 'SUCCESS_STORY' AND story.people_ids @> ARRAY[k.user_id]
              AND (k.after_at IS NULL OR (story.created_at, story.id) < (k.after_at, k.after_id))
            ORDER BY story.created_at DESC, story.id DESC
            LIMIT k.size + 1
          ) page
        )`,
        {
          userIds: pages.map((page) => page.userId),
          ...keysetColumns(pages),
        },
      )
      .orderBy('celebration.createdAt', 'DESC')
      .addOrderBy('celebration.id', 'DESC')
      .getMany();
    return pages.map((page) =>
      rows
        .filter((story) => story.peopleIds.includes(page.userId) && isPastCursor(story.createdAt, story.id, page.after))
        .slice(0, page.first + 1),
    );
  };

  /** The moments each card groups beside its lead, oldest first: at most MAX_GROUPED each, read through their index. */
  readonly groupedByLeadIds: BatchLoad<string, Celebration[]> = async (leadIds) => {
    const grouped = await this.celebrations
      .createQueryBuilder('celebration')
      .where(
        `celebration.id IN (SELECT joined.id FROM unnest(CAST(:leadIds AS uuid[])) AS card(lead_id)
          CROSS JOIN LATERAL (SELECT member.id FROM celebrations member WHERE member.lead_id = card.lead_id
                               ORDER BY member.created_at, member.id LIMIT ${MAX_GROUPED}) joined)`,
        { leadIds },
      )
      .orderBy('celebration.createdAt', 'ASC')
      .addOrderBy('celebration.id', 'ASC')
      .getMany();
    return groupBy(leadIds, grouped, (celebration) => celebration.leadId!);
  };

  /** Checks that the team is the viewer's organisation's (another's looks unknown). */
  async team(viewer: Viewer, teamId: string): Promise<void> {
    if (!(await this.teams.existsBy({ id: teamId, organizationId: viewer.organizationId }))) throw new NotFoundError('Team', teamId);
  }
}
