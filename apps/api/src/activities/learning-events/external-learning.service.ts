import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  checkClaim,
  checkClaimPoints,
  checkEvidenceUrl,
  ClaimStatus,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  NotificationKind,
  Role,
} from '@laurels/domain';
import type { DataSource } from 'typeorm';
import { AchievementService } from '#achievements/achievement-path';
import type { Viewer } from '#platform/auth';
import { Clock } from '#platform/clock';
import { requireText } from '#platform/graphql';
import { NotificationsService } from '#directory/notifications';
import { Organization, TeamsService, User } from '#directory/organizations';
import type { ClaimExternalLearningInput } from './dto/claim-external-learning.input.js';
import { ExternalLearningClaim } from './external-learning-claim.entity.js';

/** The most claims one read lists, newest first. */
export const MAX_CLAIMS_LISTED = 100;

export interface ReviewDecision {
  readonly approve: boolean;
  readonly points?: number | null;
  readonly note?: string | null;
}

export interface ClaimsWanted {
  readonly status?: ClaimStatus | null;
  readonly teamId?: string | null;
  /** The viewer's own claims rather than those they review. */
  readonly mine?: boolean | null;
}

@Injectable()
export class ExternalLearningService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly teams: TeamsService,
    private readonly achievements: AchievementService,
    private readonly clock: Clock,
    private readonly notifications: NotificationsService,
  ) {}

  /** A person claims learning done outside; it waits for their manager's review. */
  async claim(viewer: Viewer, input: ClaimExternalLearningInput): Promise<ExternalLearningClaim> {
    const now = this.clock.now();
    checkClaim(input, now);
    const evidenceUrl = checkEvidenceUrl(input.evidenceUrl);
    const claims = this.dataSource.getRepository(ExternalLearningClaim);
    return claims.save(
      claims.create({
        organizationId: viewer.organizationId,
        userId: viewer.userId,
        title: input.title,
        provider: input.provider,
        completedOn: input.completedOn,
        hours: input.hours,
        evidenceUrl,
        status: ClaimStatus.PENDING,
        points: 0,
        reviewedById: null,
        reviewedAt: null,
        note: null,
        createdAt: now,
      }),
    );
  }

  /**
   * A manager of the claimant's team, or an admin, approves a claim with points within the
   * organisation's limit (earned through the achievement path, once: the ledger's source key is the
   * claim) or rejects it. The claim is locked, so two reviews at once take turns; the same review
   * sent again returns the first answer, a different one is refused.
   */
  async review(viewer: Viewer, claimId: string, decision: ReviewDecision): Promise<ExternalLearningClaim> {
    const note = decision.note?.trim() ? requireText(decision.note, 'note', 1, 1000) : null;
    // Read before the transaction: a review waiting for the claim's lock holds no second connection.
    const managed = await this.teams.managedTeamIds(viewer);
    return this.dataSource.transaction(async (manager) => {
      const claim = await manager
        .getRepository(ExternalLearningClaim)
        .createQueryBuilder('claim')
        .setLock('for_no_key_update')
        .where('claim.id = :claimId AND claim.organizationId = :org', { claimId, org: viewer.organizationId })
        .getOne();
      if (!claim) throw new NotFoundError('ExternalLearningClaim', claimId);
      if (claim.userId === viewer.userId) throw new ForbiddenError('someone else reviews your own claim');
      const claimant = await manager.getRepository(User).findOneByOrFail({ id: claim.userId });
      await this.teams.checkManagesMember(viewer, claimant, managed);
      const decided = decision.approve ? ClaimStatus.APPROVED : ClaimStatus.REJECTED;
      if (claim.status === decided && claim.reviewedById === viewer.userId) return claim;
      if (claim.status !== ClaimStatus.PENDING) throw new InvalidInputError('claimId', 'this claim was already reviewed');

      if (decision.approve) {
        const { externalLearningPointsLimit } = await manager.getRepository(Organization).findOneByOrFail({ id: viewer.organizationId });
        claim.points = checkClaimPoints(decision.points, externalLearningPointsLimit);
      }
      claim.status = decided;
      claim.reviewedById = viewer.userId;
      claim.reviewedAt = this.clock.now();
      claim.note = note;
      const reviewed = await manager.getRepository(ExternalLearningClaim).save(claim);
      if (decision.approve) {
        await this.achievements.record(manager, claim.userId, [
          { kind: 'EXTERNAL_LEARNING', claimId: claim.id, title: claim.title, points: claim.points },
        ]);
      }
      await this.notifications.notify(manager, {
        organizationId: viewer.organizationId,
        recipientId: claim.userId,
        kind: NotificationKind.CLAIM_REVIEWED,
        title: decision.approve ? `“${claim.title}” is approved: ${claim.points} points` : `“${claim.title}” was not approved`,
        body: note ?? (decision.approve ? 'Your manager approved your external learning.' : 'Your manager did not approve this claim.'),
        url: '/events',
        key: `CLAIM_REVIEWED:${claim.id}`,
      });
      return reviewed;
    });
  }

  /**
   * Newest first, at most MAX_CLAIMS_LISTED: an employee's own claims (or anyone's with `mine`);
   * for a manager, the claims of the people in the teams they manage (one team with teamId);
   * for an admin, everyone's. Reviewers never see their own claims in their queue.
   */
  async list(viewer: Viewer, wanted: ClaimsWanted): Promise<ExternalLearningClaim[]> {
    const query = this.dataSource
      .getRepository(ExternalLearningClaim)
      .createQueryBuilder('claim')
      .where('claim.organizationId = :org', { org: viewer.organizationId })
      .orderBy('claim.createdAt', 'DESC')
      .addOrderBy('claim.id', 'DESC')
      .take(MAX_CLAIMS_LISTED);
    if (wanted.status) query.andWhere('claim.status = :status', { status: wanted.status });
    if (wanted.mine || (viewer.role === Role.EMPLOYEE && !wanted.teamId)) {
      return query.andWhere('claim.userId = :me', { me: viewer.userId }).getMany();
    }
    if (viewer.role === Role.EMPLOYEE) throw new ForbiddenError('the claims of a team need the MANAGER role or higher');
    query.andWhere('claim.userId <> :me', { me: viewer.userId });
    const teamIds = wanted.teamId ? [(await this.teams.managed(viewer, wanted.teamId)).id] : await this.teams.managedTeamIds(viewer);
    if (teamIds) query.andWhere('claim.userId IN (SELECT member.id FROM users member WHERE member.team_id = ANY(:teamIds))', { teamIds });
    return query.getMany();
  }

  /** The most points a reviewer may award one claim in this organisation. */
  async pointsLimit(organizationId: string): Promise<number> {
    return (await this.dataSource.getRepository(Organization).findOneByOrFail({ id: organizationId })).externalLearningPointsLimit;
  }
}
