import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { validateMilestone } from '@laurels/domain';
import { DataSource, type Repository } from 'typeorm';
import { AchievementService } from '#achievements/achievement-path';
import type { Viewer } from '#platform/auth';
import { Clock } from '#platform/clock';
import { groupBy, type BatchLoad } from '#platform/graphql';
import { TeamsService } from '#directory/organizations';
import { type CreateTeamMilestoneInput, TeamMilestone } from '#catalog/milestones';

/** The most milestones one read lists, newest first. */
export const MAX_MILESTONES_PAGE = 100;

/** A team's latest `first` milestones. */
export interface LatestMilestones {
  readonly teamId: string;
  readonly first: number;
}

export const latestMilestonesKey = (key: LatestMilestones) => `${key.teamId}:${key.first}`;

@Injectable()
export class MilestonesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(TeamMilestone) private readonly milestones: Repository<TeamMilestone>,
    private readonly teams: TeamsService,
    private readonly achievements: AchievementService,
    private readonly clock: Clock,
  ) {}

  /** The team's manager or an admin sets a milestone, for any window; one already met by the facts in its window is reached at once. */
  async create(viewer: Viewer, input: CreateTeamMilestoneInput): Promise<TeamMilestone> {
    const team = await this.teams.managed(viewer, input.teamId);
    const startsAt = input.startsAt ?? this.clock.now();
    const endsAt = input.endsAt ?? null;
    validateMilestone({ metric: input.metric, target: input.target, startsAt, endsAt });
    const milestone = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.getRepository(TeamMilestone).save({
        organizationId: viewer.organizationId,
        teamId: team.id,
        title: input.title,
        metric: input.metric,
        target: input.target,
        startsAt,
        endsAt,
        reachedAt: null,
        createdById: viewer.userId,
      });
      // Its window may have started, or even ended, before today: the facts already inside it count, as the transaction commits.
      this.achievements.evaluateTeam(manager, team.id, startsAt);
      return saved;
    });
    return this.milestones.findOneByOrFail({ id: milestone.id });
  }

  async forTeam(viewer: Viewer, teamId: string, first: number): Promise<TeamMilestone[]> {
    await this.teams.get(viewer, teamId);
    return this.milestones.find({ where: { teamId }, order: { startsAt: 'DESC', createdAt: 'DESC', id: 'DESC' }, take: first });
  }

  /** Each team's latest `first` milestones, newest first, in one statement. */
  readonly latestByTeams: BatchLoad<LatestMilestones, TeamMilestone[]> = async (keys) => {
    const teamIds = [...new Set(keys.map((key) => key.teamId))];
    const rows = await this.milestones
      .createQueryBuilder('milestone')
      .where(
        `milestone.id IN (
          SELECT ranked.id FROM (
            SELECT m.id, row_number() OVER (PARTITION BY m.team_id ORDER BY m.starts_at DESC, m.created_at DESC, m.id DESC) AS n
            FROM team_milestones m WHERE m.team_id IN (:...teamIds)
          ) ranked WHERE ranked.n <= :first
        )`,
        { teamIds, first: Math.max(...keys.map((key) => key.first)) },
      )
      .orderBy('milestone.startsAt', 'DESC')
      .addOrderBy('milestone.createdAt', 'DESC')
      .addOrderBy('milestone.id', 'DESC')
      .getMany();
    const byTeam = groupBy(teamIds, rows, (milestone) => milestone.teamId);
    return keys.map((key) => byTeam[teamIds.indexOf(key.teamId)]!.slice(0, key.first));
  };
}
