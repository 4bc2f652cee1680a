import { Args, Int, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { CelebrationKind, MAX_GROUPED, MAX_STORY_PEOPLE, SPOTLIGHT_SIZE } from '@laurels/domain';
import { CelebrationObject, fromEvent, LiveFeed, type CelebrationEvent } from '#achievements/celebrations';
import { TeamObject, TeamsService, UserObject, UsersService } from '#directory/organizations';
import { CurrentViewer, SignedIn, type Viewer } from '#platform/auth';
import { AtMost, Loaders, OptionalIdArg, PagedBy, RequestLoaders, type GraphQLContext } from '#platform/graphql';
import { CelebrationConnectionObject } from './dto/celebration-connection.object.js';
import { FeedService, MAX_FEED_PAGE, MAX_SPOTLIGHT } from './feed.service.js';

@Resolver(() => CelebrationObject)
export class CelebrationResolver {
  constructor(
    private readonly feed: FeedService,
    private readonly live: LiveFeed,
    private readonly users: UsersService,
    private readonly teams: TeamsService,
  ) {}

  @Query(() => CelebrationConnectionObject, {
    description:
      'The organisation’s feed, newest first, one card per node: a celebration with the moments `grouped` on it; or one team’s; or the cards led by some kinds only.',
  })
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
    description:
      'The week’s most celebrated moments: the organisation’s celebrations of the last seven days with the most reactions and comments, the newer first on a tie.',
  })
  @SignedIn()
  @PagedBy(MAX_SPOTLIGHT)
  async spotlight(
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, nullable: true, defaultValue: SPOTLIGHT_SIZE }) first: number | null,
  ): Promise<CelebrationObject[]> {
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
  async celebrationAdded(
    @CurrentViewer() viewer: Viewer,
    @OptionalIdArg('teamId') teamId: string | null,
  ): Promise<AsyncIterableIterator<CelebrationEvent>> {
    if (teamId) await this.feed.team(viewer, teamId);
    return this.live.events();
  }

  @ResolveField(() => [CelebrationObject], {
    description: `The person’s other moments shown on this card, oldest first (at most ${MAX_GROUPED}): those written less than a minute after it. Reactions and comments on the card are this celebration’s.`,
  })
  @AtMost(MAX_GROUPED)
  async grouped(@Parent() celebration: CelebrationObject, @Loaders() loaders: RequestLoaders): Promise<CelebrationObject[]> {
    if (celebration.leadId) return [];
    return (await loaders.get(this.feed.groupedByLeadIds).load(celebration.id)).map(CelebrationObject.from);
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

  @ResolveField(() => UserObject, {
    nullable: true,
    description: 'Who made it happen: the colleague giving kudos, the story’s author, the manager giving a badge.',
  })
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
}
