import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CelebrationObject } from '#achievements/celebrations';
import { CurrentViewer, SignedIn, type Viewer } from '#platform/auth';
import { PostSuccessStoryInput } from './dto/post-success-story.input.js';
import { StoriesService } from './stories.service.js';

@Resolver()
export class StoryResolver {
  constructor(private readonly stories: StoriesService) {}

  @Mutation(() => CelebrationObject, { description: 'Anyone: the story of colleagues or a team going the extra mile, in Markdown.' })
  @SignedIn()
  async postSuccessStory(@CurrentViewer() viewer: Viewer, @Args('input') input: PostSuccessStoryInput): Promise<CelebrationObject> {
    return CelebrationObject.from(await this.stories.postStory(viewer, input));
  }
}
