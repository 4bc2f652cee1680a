import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CredentialsModule } from '#achievements/credentials';
import { BadgesModule } from '#catalog/badges';
import { CertificationsModule } from '#catalog/certifications';
import { OrganizationsModule } from '#directory/organizations';
import { AwardsService } from './awards.service.js';
import { BadgeAward } from './badge-award.entity.js';
import { BadgeAwardResolver } from './badge-award.resolver.js';
import { BadgeAwarder } from './badge-awarder.js';
import { BadgeHolderResolver } from './badge-holder.resolver.js';
import { BadgeHoldingsResolver } from './badge-holdings.resolver.js';
import { CertificationAward } from './certification-award.entity.js';
import { CertificationAwardResolver } from './certification-award.resolver.js';
import { CertificationHolderResolver } from './certification-holder.resolver.js';
import { CertificationIssuer } from './certification-issuer.js';

/** The badges and certifications people hold: awarded by the achievement path, read by everyone. */
@Module({
  imports: [
    TypeOrmModule.forFeature([BadgeAward, CertificationAward]),
    OrganizationsModule,
    BadgesModule,
    CertificationsModule,
    CredentialsModule,
  ],
  providers: [
    AwardsService,
    BadgeAwarder,
    CertificationIssuer,
    BadgeAwardResolver,
    BadgeHolderResolver,
    BadgeHoldingsResolver,
    CertificationAwardResolver,
    CertificationHolderResolver,
  ],
  exports: [AwardsService, BadgeAwarder, CertificationIssuer],
})
export class AwardsModule {}
