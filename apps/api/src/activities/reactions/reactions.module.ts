import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CelebrationsModule } from '#achievements/celebrations';
import { NotificationsModule } from '#directory/notifications';
import { OrganizationsModule } from '#directory/organizations';
import { CelebrationComment } from './celebration-comment.entity.js';
import { CelebrationReaction } from './celebration-reaction.entity.js';
import { CelebrationCommentResolver, ReactionsResolver } from './reactions.resolver.js';
import { ReactionsService } from './reactions.service.js';

/** Emoji reactions and comments on the feed's celebrations. */
@Module({
  imports: [
    TypeOrmModule.forFeature([CelebrationReaction, CelebrationComment]),
    OrganizationsModule,
    CelebrationsModule,
    NotificationsModule,
  ],
  providers: [ReactionsService, ReactionsResolver, CelebrationCommentResolver],
  exports: [ReactionsService],
})
export class ReactionsModule {}
