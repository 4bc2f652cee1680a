import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { MAX_STORY_PEOPLE, REACTION_EMOJI, SPOTLIGHT_SIZE } from '@laurels/domain';
import { CurrentViewer, SignedIn } from '../common/auth/access.decorators.js';
import type { Viewer } from '../common/auth/viewer.js';
import type { GraphQLContext } from '../common/graphql/graphql-context.js';
import { IdArg, OptionalIdArg } from '../common/graphql/ids.js';
import { AtMost, PagedBy } from '../common/graphql/list-size.js';
import { Loaders, RequestLoaders } from '../common/graphql/request-loaders.js';
import { TeamObject } from '../organizations/dto/team.object.js';
import { UserObject } from '../organizations/dto/user.object.js';
import { TeamsService } from '../organizations/teams.service.js';
import { UsersService } from '../organizations/users.service.js';
import { CelebrationKind } from './celebration.entity.js';
import { CelebrationsService, COMMENTS_SHOWN, MAX_FEED_PAGE, MAX_SPOTLIGHT, reactionsKey } from './celebrations.service.js';
import { CelebrationCommentObject, CelebrationConnectionObject, CelebrationObject, ReactionCountObject } from './dto/celebration.object.js';
import { PostSuccessStoryInput } from './dto/post-success-story.input.js';
import { fromEvent, LiveFeed, type CelebrationEvent } from './live/live-feed.js';

@Resolver(() => CelebrationObject)
export class CelebrationResolver {
  constructor(
    private readonly feed: CelebrationsService,
    private readonly live: LiveFeed,
    private readonly users: UsersService,
    private readonly teams: TeamsService,
  ) {}

  @Query(() => CelebrationConnectionObject, { description: 'The organisation’s celebrations, newest first; or one team’s; or some kinds only.' })
  @SignedIn()
  @PagedBy(MAX_FEED_PAGE)
  async celebrations(
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @OptionalIdArg('teamId') teamId: string | null,
    @Args('kinds', { type: () => [CelebrationKind], nullable: true }) kinds: CelebrationKind[] | null,
  ): Promise<CelebrationConnectionObject> {
    const page = await this.feed.page(viewer, first ?? 20, after, teamId, kinds);
    const nodes = page.nodes.map(CelebrationObject.from);
    return { nodes, pageInfo: { endCursor: nodes.at(-1)?.cursor ?? null, hasNextPage: page.hasNextPage } };
  }

  @Query(() => [CelebrationObject], {
    description: 'The week’s most celebrated moments: the organisation’s celebrations of the last seven days with the most reactions and comments, the newer first on a tie.',
  })
  @SignedIn()
  @PagedBy(MAX_SPOTLIGHT)
  async spotlight(@CurrentViewer() viewer: Viewer, @Args('first', { type: () => Int, nullable: true, defaultValue: SPOTLIGHT_SIZE }) first: number | null): Promise<CelebrationObject[]> {
    return (await this.feed.spotlight(viewer, first ?? SPOTLIGHT_SIZE)).map(CelebrationObject.from);
  }

  @Subscription(() => CelebrationObject, {
    description: 'New celebrations in the viewer’s organisation, or in one team, as they are committed.',
    filter: (event: CelebrationEvent, { teamId }: { teamId?: string | null }, context: GraphQLContext) =>
      event.organizationId === context.viewer?.organizationId && (!teamId || event.teamId === teamId?.toLowerCase()),
    resolve(this: void, event: CelebrationEvent, _args: unknown, context: GraphQLContext) {
      // Each delivery reads its fields afresh, as a request of its own would.
      context.loaders = new RequestLoaders();
      return CelebrationObject.from(fromEvent(event));
    },
  })
  @SignedIn()
  async celebrationAdded(@CurrentViewer() viewer: Viewer, @OptionalIdArg('teamId') teamId: string | null): Promise<AsyncIterableIterator<CelebrationEvent>> {
    if (teamId) await this.feed.team(viewer, teamId);
    return this.live.events();
  }

  @Mutation(() => CelebrationObject, { description: 'Anyone: the story of colleagues or a team going the extra mile, in Markdown.' })
  @SignedIn()
  async postSuccessStory(@CurrentViewer() viewer: Viewer, @Args('input') input: PostSuccessStoryInput): Promise<CelebrationObject> {
    return CelebrationObject.from(await this.feed.postStory(viewer, input));
  }

  @Mutation(() => CelebrationObject, { description: 'Adds the viewer’s emoji (one of a fixed set); the same emoji twice is one reaction.' })
  @SignedIn()
  async react(@CurrentViewer() viewer: Viewer, @IdArg('celebrationId') celebrationId: string, @Args('emoji') emoji: string): Promise<CelebrationObject> {
    return CelebrationObject.from(await this.feed.react(viewer, celebrationId, emoji));
  }

  @Mutation(() => CelebrationObject, { description: 'Takes the viewer’s emoji back.' })
  @SignedIn()
  async unreact(@CurrentViewer() viewer: Viewer, @IdArg('celebrationId') celebrationId: string, @Args('emoji') emoji: string): Promise<CelebrationObject> {
    return CelebrationObject.from(await this.feed.unreact(viewer, celebrationId, emoji));
  }

  @Mutation(() => CelebrationCommentObject)
  @SignedIn()
  async comment(@CurrentViewer() viewer: Viewer, @IdArg('celebrationId') celebrationId: string, @Args('body') body: string): Promise<CelebrationCommentObject> {
    return CelebrationCommentObject.from(await this.feed.comment(viewer, celebrationId, body));
  }

  @ResolveField(() => UserObject, { nullable: true, description: 'Whom it celebrates.' })
  async user(@Parent() celebration: CelebrationObject, @Loaders() loaders: RequestLoaders): Promise<UserObject | null> {
    if (!celebration.userId) return null;
    const user = await loaders.get(this.users.byIds).load(celebration.userId);
    return user && UserObject.from(user);
  }

  @ResolveField(() => [UserObject], { description: 'Everyone it celebrates: the person, or the people a success story is about.' })
  @AtMost(MAX_STORY_PEOPLE)
  async people(@Parent() celebration: CelebrationObject, @Loaders() loaders: RequestLoaders): Promise<UserObject[]> {
    const people = await loaders.get(this.users.byIds).loadMany(celebration.peopleIds);
    return people.flatMap((person) => (person && !(person instanceof Error) ? [UserObject.from(person)] : []));
  }

  @ResolveField(() => UserObject, { nullable: true, description: 'Who made it happen: the colleague giving kudos, the story’s author, the manager giving a badge.' })
  async actor(@Parent() celebration: CelebrationObject, @Loaders() loaders: RequestLoaders): Promise<UserObject | null> {
    if (!celebration.actorId) return null;
    const actor = await loaders.get(this.users.byIds).load(celebration.actorId);
    return actor && UserObject.from(actor);
  }

  @ResolveField(() => TeamObject, { nullable: true })
  async team(@Parent() celebration: CelebrationObject, @Loaders() loaders: RequestLoaders): Promise<TeamObject | null> {
    if (!celebration.teamId) return null;
    const team = await loaders.get(this.teams.byIds).load(celebration.teamId);
    return team && TeamObject.from(team);
  }

  @ResolveField(() => [ReactionCountObject], { description: 'How many of each emoji, most given first.' })
  @AtMost(REACTION_EMOJI.length)
  reactions(@Parent() celebration: CelebrationObject, @Loaders() loaders: RequestLoaders): Promise<ReactionCountObject[]> {
    return loaders.get(this.feed.reactionsByCelebrationIds).load(celebration.id);
  }

  @ResolveField(() => [String], { description: 'The emoji the viewer reacted with.' })
  @AtMost(REACTION_EMOJI.length)
  myReactions(@Parent() celebration: CelebrationObject, @CurrentViewer() viewer: Viewer, @Loaders() loaders: RequestLoaders): Promise<string[]> {
    return loaders.get(this.feed.reactionsOf, reactionsKey).load({ celebrationId: celebration.id, userId: viewer.userId });
  }

  @ResolveField(() => [CelebrationCommentObject], { description: `The latest ${COMMENTS_SHOWN} comments, oldest first.` })
  @AtMost(COMMENTS_SHOWN)
  async comments(@Parent() celebration: CelebrationObject, @Loaders() loaders: RequestLoaders): Promise<CelebrationCommentObject[]> {
    return (await loaders.get(this.feed.commentsByCelebrationIds).load(celebration.id)).map(CelebrationCommentObject.from);
  }
}

@Resolver(() => CelebrationCommentObject)
export class CelebrationCommentResolver {
  constructor(private readonly users: UsersService) {}

  @ResolveField(() => UserObject)
  async author(@Parent() comment: CelebrationCommentObject, @Loaders() loaders: RequestLoaders): Promise<UserObject> {
    const author = await loaders.get(this.users.byIds).load(comment.authorId);
    return UserObject.from(author!);
  }
}
