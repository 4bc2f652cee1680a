import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BadgeDefinition } from './badge-definition.entity.js';
import { BadgeResolver } from './badge.resolver.js';
import { BadgesService } from './badges.service.js';

/** The badges an organisation offers. Who holds them is the achievement path's. */
@Module({
  imports: [TypeOrmModule.forFeature([BadgeDefinition])],
  providers: [BadgesService, BadgeResolver],
  exports: [BadgesService],
})
export class BadgesModule {}
