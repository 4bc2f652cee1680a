import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Celebration, CelebrationsModule } from '#achievements/celebrations';
import { OrganizationsModule, Team } from '#directory/organizations';
import { CelebrationResolver } from './celebration.resolver.js';
import { UserStoriesResolver } from './user-stories.resolver.js';
import { FeedService } from './feed.service.js';

/** The feed everyone reads: pages of celebrations, the week's spotlight, and new ones live. */
@Module({
  imports: [TypeOrmModule.forFeature([Celebration, Team]), OrganizationsModule, CelebrationsModule],
  providers: [FeedService, CelebrationResolver, UserStoriesResolver],
  exports: [FeedService],
})
export class FeedModule {}
