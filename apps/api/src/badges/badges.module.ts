import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AchievementsModule } from '../achievements/achievements.module.js';
import { CredentialsModule } from '../credentials/credentials.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { BadgeAward } from './badge-award.entity.js';
import { BadgeAwardResolver } from './badge-award.resolver.js';
import { BadgeDefinition } from './badge-definition.entity.js';
import { BadgeHolderResolver } from './badge-holder.resolver.js';
import { BadgeResolver } from './badge.resolver.js';
import { BadgesService } from './badges.service.js';

/** Badge definitions, their progress, and the badges people hold. Awards happen in the achievement path. */
@Module({
  imports: [TypeOrmModule.forFeature([BadgeDefinition, BadgeAward]), AchievementsModule, OrganizationsModule, CredentialsModule],
  providers: [BadgesService, BadgeResolver, BadgeAwardResolver, BadgeHolderResolver],
  exports: [BadgesService],
})
export class BadgesModule {}
