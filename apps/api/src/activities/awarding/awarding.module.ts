import { Module } from '@nestjs/common';
import { AchievementsModule } from '#achievements/achievement-path';
import { AwardsModule } from '#achievements/awards';
import { CredentialsModule } from '#achievements/credentials';
import { OrganizationsModule } from '#directory/organizations';
import { AwardingResolver } from './awarding.resolver.js';
import { AwardingService } from './awarding.service.js';

/** Awards given or taken back by hand: manual badges, revoked badges and certifications. */
@Module({
  imports: [AchievementsModule, AwardsModule, CredentialsModule, OrganizationsModule],
  providers: [AwardingService, AwardingResolver],
  exports: [AwardingService],
})
export class AwardingModule {}
