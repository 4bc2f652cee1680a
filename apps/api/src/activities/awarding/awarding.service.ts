import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { InvalidInputError, NotFoundError } from '@laurels/domain';
import type { DataSource, EntityTarget } from 'typeorm';
import { AchievementService } from '#achievements/achievement-path';
import { BadgeAward, CertificationAward } from '#achievements/awards';
import { CredentialsService } from '#achievements/credentials';
import { TeamsService, User, refuseDeactivated } from '#directory/organizations';
import type { Viewer } from '#platform/auth';
import { Clock } from '#platform/clock';
import { requireText } from '#platform/graphql';

/** What an award records of its revocation. */
interface Revocable {
  id: string;
  revokedAt: Date | null;
  revokedById: string | null;
  revokedReason: string | null;
}

/** What managers and admins do to awards by hand: give a manual badge, revoke a badge or a certification. */
@Injectable()
export class AwardingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly achievements: AchievementService,
    private readonly credentials: CredentialsService,
    private readonly teams: TeamsService,
    private readonly clock: Clock,
  ) {}

  /** A manager gives a MANUAL badge to someone in a team they manage (an admin to anyone), through the achievement path (points, celebration, credential). */
  award(viewer: Viewer, badgeId: string, userId: string, reason: string): Promise<BadgeAward> {
    if (userId === viewer.userId) throw new InvalidInputError('userId', 'you cannot give a badge to yourself');
    const why = requireText(reason, 'reason', 1, 500);
    return this.dataSource.transaction(async (manager) => {
      const recipient = await manager.getRepository(User).findOneBy({ id: userId, organizationId: viewer.organizationId });
      if (!recipient) throw new NotFoundError('User', userId);
      refuseDeactivated([recipient], 'userId');
      await this.teams.checkManagesMember(viewer, recipient);
      const outcome = await this.achievements.record(manager, recipient.id, [
        { kind: 'MANUAL_BADGE', badgeId, awardedById: viewer.userId, reason: why },
      ]);
      return outcome.newBadges.find((award) => award.badgeId === badgeId)!;
    });
  }

  /** Admin only: the certification stays in the history, marked revoked, and its credential reads as revoked to any verifier. */
  revokeCertification(viewer: Viewer, awardId: string, reason: string): Promise<CertificationAward> {
    return this.revoke(CertificationAward, 'Certification award', viewer, awardId, reason);
  }

  /** Admin only: the badge stays in the history, marked revoked, and its credential reads as revoked to any verifier. */
  revokeBadge(viewer: Viewer, awardId: string, reason: string): Promise<BadgeAward> {
    return this.revoke(BadgeAward, 'Badge award', viewer, awardId, reason);
  }

  /**
   * Marks the award revoked and sets its credential's bit in the organisation's published status
   * list, in one transaction, under a lock on the award: revoked once, whatever races.
   */
  private revoke<Award extends Revocable>(
    entity: EntityTarget<Award>,
    what: string,
    viewer: Viewer,
    awardId: string,
    reason: string,
  ): Promise<Award> {
    const why = requireText(reason, 'reason', 1, 500);
    return this.dataSource.transaction(async (manager) => {
      const awards = manager.getRepository<Award>(entity);
      const award = await awards
        .createQueryBuilder('award')
        .where('award.id = :awardId AND award.organizationId = :organizationId', { awardId, organizationId: viewer.organizationId })
        .setLock('pessimistic_write')
        .getOne();
      if (!award) throw new NotFoundError(what, awardId);
      if (award.revokedAt) throw new InvalidInputError('awardId', `This ${what.toLowerCase()} was already revoked`);
      award.revokedAt = this.clock.now();
      award.revokedById = viewer.userId;
      award.revokedReason = why;
      await awards.save(award);
      await this.credentials.revoke(manager, award.id);
      return award;
    });
  }
}
