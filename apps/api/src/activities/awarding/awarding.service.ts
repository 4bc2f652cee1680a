import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { InvalidInputError, NotFoundError } from '@laurels/domain';
import type { DataSource } from 'typeorm';
import { AchievementService } from '#achievements/achievement-path';
import { AwardsService, CertificationAward, type BadgeAward } from '#achievements/awards';
import { TeamsService, User, refuseDeactivated } from '#directory/organizations';
import type { Viewer } from '#platform/auth';
import { Clock } from '#platform/clock';
import { requireText } from '#platform/graphql';

/** What managers and admins do to awards by hand: give a manual badge, revoke a certification. */
@Injectable()
export class AwardingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly achievements: AchievementService,
    private readonly awards: AwardsService,
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

  /** Admin only: the award stays in the history, marked revoked; its credential stops verifying. */
  async revoke(viewer: Viewer, awardId: string, reason: string): Promise<CertificationAward> {
    const why = requireText(reason, 'reason', 1, 500);
    const award = await this.awards.certificationAward(viewer, awardId);
    if (award.revokedAt) return award;
    award.revokedAt = this.clock.now();
    award.revokedById = viewer.userId;
    award.revokedReason = why;
    return this.dataSource.getRepository(CertificationAward).save(award);
  }
}
