import { Injectable } from '@nestjs/common';
import { CelebrationKind, milestoneReached } from '@laurels/domain';
import type { EntityManager } from 'typeorm';
import { CelebrationsService } from '#achievements/celebrations';
import { TeamMilestone } from '#catalog/milestones';
import { Clock } from '#platform/clock';
import { MilestoneMeasure } from './milestone-measure.js';

/**
 * Marks a team's unreached milestones whose target its facts now reach, once
 * each, with a celebration: those whose window holds now, or holds one of the
 * facts' moments, when a fact is dated earlier (an ended window is reached
 * late, when its facts arrive late). Runs just before the transaction commits,
 * with the team locked (BeforeCommit): its members' concurrent facts are
 * measured one transaction after the other, so that none is missed and none
 * counted twice.
 */
@Injectable()
export class MilestoneEvaluator {
  constructor(
    private readonly celebrations: CelebrationsService,
    private readonly measure: MilestoneMeasure,
    private readonly clock: Clock,
  ) {}

  async evaluate(manager: EntityManager, teamId: string, factsAt: readonly Date[]): Promise<void> {
    const now = this.clock.now();
    const moments = [now, ...new Set(factsAt.map((at) => at.getTime()))].map((at) => new Date(at));
    const holds = (index: number) =>
      `(milestone.startsAt <= :at${index} AND (milestone.endsAt IS NULL OR milestone.endsAt >= :at${index}))`;
    const candidates = await manager
      .getRepository(TeamMilestone)
      .createQueryBuilder('milestone')
      .where('milestone.teamId = :teamId AND milestone.reachedAt IS NULL', { teamId })
      .andWhere(
        `(${moments.map((_, index) => holds(index)).join(' OR ')})`,
        Object.fromEntries(moments.map((at, index) => [`at${index}`, at])),
      )
      .getMany();
    if (candidates.length === 0) return;
    const measured = await this.measure.measure(candidates, manager);
    for (const [index, milestone] of candidates.entries()) {
      if (!milestoneReached(milestone, measured[index]!.value, measured[index]!.responses)) continue;
      const result = await manager.query<[unknown[], number]>(
        'UPDATE team_milestones SET reached_at = $2 WHERE id = $1 AND reached_at IS NULL',
        [milestone.id, now],
      );
      if (result[1] === 0) continue;
      const [team] = await manager.query<{ name: string }[]>('SELECT name FROM teams WHERE id = $1', [teamId]);
      await this.celebrations.write(manager, {
        organizationId: milestone.organizationId,
        kind: CelebrationKind.TEAM_MILESTONE,
        title: `${team!.name} reached “${milestone.title}”`,
        teamId,
        sourceKey: `TEAM_MILESTONE:${milestone.id}`,
        details: { icon: 'trophy', milestoneId: milestone.id },
        at: now,
      });
    }
  }
}
