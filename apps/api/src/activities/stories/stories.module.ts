import { Module } from '@nestjs/common';
import { AchievementsModule } from '#achievements/achievement-path';
import { StoriesService } from './stories.service.js';
import { StoryResolver } from './story.resolver.js';

/** Success stories, told by anyone and celebrated through the achievement path. */
@Module({
  imports: [AchievementsModule],
  providers: [StoriesService, StoryResolver],
  exports: [StoriesService],
})
export class StoriesModule {}
