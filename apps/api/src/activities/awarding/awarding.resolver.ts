import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Role } from '@laurels/domain';
import { BadgeAwardObject, CertificationAwardObject } from '#achievements/awards';
import { CurrentViewer, RequireRole, type Viewer } from '#platform/auth';
import { IdArg } from '#platform/graphql';
import { AwardingService } from './awarding.service.js';

@Resolver()
export class AwardingResolver {
  constructor(private readonly awarding: AwardingService) {}

  @Mutation(() => BadgeAwardObject, { description: 'Managers and admins give a MANUAL badge to someone, with the reason why.' })
  @RequireRole(Role.MANAGER)
  async awardBadge(
    @CurrentViewer() viewer: Viewer,
    @IdArg('badgeId') badgeId: string,
    @IdArg('userId') userId: string,
    @Args('reason') reason: string,
  ): Promise<BadgeAwardObject> {
    return BadgeAwardObject.from(await this.awarding.award(viewer, badgeId, userId, reason));
  }

  @Mutation(() => CertificationAwardObject, { description: 'Admin only. The award stays in the history; its credential stops verifying.' })
  @RequireRole(Role.ADMIN)
  async revokeCertification(
    @CurrentViewer() viewer: Viewer,
    @IdArg('awardId') awardId: string,
    @Args('reason') reason: string,
  ): Promise<CertificationAwardObject> {
    return CertificationAwardObject.from(await this.awarding.revokeCertification(viewer, awardId, reason));
  }

  @Mutation(() => BadgeAwardObject, { description: 'Admin only. The credential then reads as revoked to any verifier.' })
  @RequireRole(Role.ADMIN)
  async revokeBadge(
    @CurrentViewer() viewer: Viewer,
    @IdArg('awardId') awardId: string,
    @Args('reason') reason: string,
  ): Promise<BadgeAwardObject> {
    return BadgeAwardObject.from(await this.awarding.revokeBadge(viewer, awardId, reason));
  }
}
