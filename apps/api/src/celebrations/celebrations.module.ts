import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { Team } from '../organizations/team.entity.js';
import { CelebrationComment } from './celebration-comment.entity.js';
import { CelebrationReaction } from './celebration-reaction.entity.js';
import { Celebration } from './celebration.entity.js';
import { CelebrationCommentResolver, CelebrationResolver } from './celebration.resolver.js';
import { CelebrationsService } from './celebrations.service.js';
import { CelebrationPublisher } from './live/celebration-publisher.js';
import { LiveFeed } from './live/live-feed.js';

/**
 * The feed of achievements: written by the achievement path, read by everyone
 * in the organisation, with reactions, comments and success stories, and
 * delivered live once committed.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Celebration, CelebrationReaction, CelebrationComment, Team]), OrganizationsModule],
  providers: [CelebrationsService, CelebrationResolver, CelebrationCommentResolver, LiveFeed, CelebrationPublisher],
  exports: [CelebrationsService],
})
export class CelebrationsModule {}
