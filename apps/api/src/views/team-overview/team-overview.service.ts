import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ForbiddenError, Role } from '@laurels/domain';
import type { DataSource } from 'typeorm';
import { Team, User } from '#directory/organizations';
import type { Viewer } from '#platform/auth';
import { Clock } from '#platform/clock';
import { groupBy, type BatchLoad } from '#platform/graphql';

/** The most teams one person's list of managed teams holds. */
export const MAX_MANAGED_TEAMS = 20;
/** How far back a kudos counts as recent recognition. */
export const RECOGNITION_DAYS = 30;
/** The most members of one team read to find those not recognised: the team's first by name. */
export const MAX_MEMBERS_CHECKED = 1000;

/** A page of one team's people not recognised lately. */
export interface UnrecognisedPage {
  readonly teamId: string;
  readonly first: number;
}

export const unrecognisedPageKey = (page: UnrecognisedPage) => `${page.teamId}:${page.first}`;

/** What a manager's home shows about their teams, beyond what the teams' own fields say. */
@Injectable()
export class TeamOverviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The teams each person manages, by name, through teams' manager index. */
  readonly managedByUserIds: BatchLoad<string, Team[]> = async (userIds) =>
    groupBy(
      userIds,
      await this.dataSource
        .getRepository(Team)
        .createQueryBuilder('team')
        .where(
          `team.id IN (SELECT mine.id FROM unnest(CAST(:userIds AS uuid[])) AS k(user_id)
             CROSS JOIN LATERAL (SELECT managed.id FROM teams managed WHERE managed.manager_id = k.user_id
                                  ORDER BY managed.name, managed.id LIMIT :limit) mine)`,
          { userIds, limit: MAX_MANAGED_TEAMS },
        )
        .orderBy('team.name', 'ASC')
        .addOrderBy('team.id', 'ASC')
        .getMany(),
      (team) => team.managerId!,
    );

  /** Only the team's manager, or an admin, reads who on it went unrecognised. */
  checkManages(viewer: Viewer, team: { managerId: string | null; name: string }): void {
    if (viewer.role !== Role.ADMIN && team.managerId !== viewer.userId)
      throw new ForbiddenError(`you do not manage the team “${team.name}”`);
  }

  /**
   * For each team asked, its active members (its manager aside) who received no kudos in the last
   * RECOGNITION_DAYS days, by name, in one statement: each team's members
   * walk users_by_team (at most MAX_MEMBERS_CHECKED of them), each checked by
   * one probe of kudos_received_by.
   */
  readonly unrecognised: BatchLoad<UnrecognisedPage, User[]> = async (pages) => {
    const since = new Date(this.clock.now().getTime() - RECOGNITION_DAYS * 24 * 60 * 60 * 1000);
    const rows = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('user')
      .where(
        `user.id IN (
          SELECT page.id FROM unnest(CAST(:teamIds AS uuid[]), CAST(:sizes AS int[])) AS k(team_id, size)
          CROSS JOIN LATERAL (
            SELECT member.id FROM (
              SELECT candidate.id, candidate.search_name FROM users candidate
               WHERE candidate.team_id = k.team_id AND candidate.active
                 AND candidate.id IS DISTINCT FROM (SELECT team.manager_id FROM teams team WHERE team.id = k.team_id)
               ORDER BY candidate.search_name, candidate.id LIMIT :checked
            ) member
            WHERE NOT EXISTS (SELECT 1 FROM kudos recent WHERE recent.to_user_id = member.id AND recent.created_at >= :since)
            ORDER BY member.search_name, member.id
            LIMIT k.size
          ) page
        )`,
        { teamIds: pages.map((page) => page.teamId), sizes: pages.map((page) => page.first), since, checked: MAX_MEMBERS_CHECKED },
      )
      .orderBy('user.searchName', 'ASC')
      .addOrderBy('user.id', 'ASC')
      .getMany();
    return pages.map((page) => rows.filter((user) => user.teamId === page.teamId).slice(0, page.first));
  };
}
