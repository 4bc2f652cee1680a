import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CelebrationObject } from '#achievements/celebrations';
import { UserObject } from '#directory/organizations';
import { decodeCursor, Loaders, PageArg, PagedBy, type RequestLoaders } from '#platform/graphql';
import { CelebrationConnectionObject } from './dto/celebration-connection.object.js';
import { FeedService, storiesPageKey } from './feed.service.js';

/** The most stories one page of a person's success stories holds. */
const MAX_STORIES_PAGE = 50;

/** What the feed adds to a person: the success stories they appear in. */
@Resolver(() => UserObject)
export class UserStoriesResolver {
  constructor(private readonly feed: FeedService) {}

  @ResolveField(() => CelebrationConnectionObject, {
    description: `Success stories this user appears in, newest first, ${MAX_STORIES_PAGE} at most a page: pass pageInfo.endCursor as after for more.`,
  })
  @PagedBy(MAX_STORIES_PAGE)
  async stories(
    @Parent() user: UserObject,
    @PageArg(10, MAX_STORIES_PAGE) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Loaders() loaders: RequestLoaders,
  ): Promise<CelebrationConnectionObject> {
    const page = { userId: user.id, first, after: after ? decodeCursor(after) : null };
    const rows = await loaders.get(this.feed.storyPages, storiesPageKey).load(page);
    const nodes = rows.slice(0, first).map(CelebrationObject.from);
    return { nodes, pageInfo: { endCursor: nodes.at(-1)?.cursor ?? null, hasNextPage: rows.length > first } };
  }
}
