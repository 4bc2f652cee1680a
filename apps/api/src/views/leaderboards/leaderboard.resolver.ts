import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { LeaderboardPeriod, LeaderboardScope } from '@laurels/domain';
import { CurrentViewer, SignedIn, type Viewer } from '#platform/auth';
import { OptionalIdArg, Loaders, type RequestLoaders, PageArg, PagedBy } from '#platform/graphql';
import { TeamObject, UserObject, TeamsService, UsersService } from '#directory/organizations';
import { LeaderboardEntryObject } from './dto/leaderboard.object.js';
import { LeaderboardService } from './leaderboard.service.js';

/** The longest board one read returns; the viewer's own place comes from myLeaderboardEntry. */
const MAX_BOARD_SIZE = 100;

@Resolver(() => LeaderboardEntryObject)
export class LeaderboardResolver {
  constructor(
    private readonly boards: LeaderboardService,
    private readonly users: UsersService,
    private readonly teams: TeamsService,
  ) {}

  @Query(() => [LeaderboardEntryObject], { description: 'Points earned in the period; teamId narrows INDIVIDUAL boards to one team.' })
  @SignedIn()
  @PagedBy(MAX_BOARD_SIZE)
  async leaderboard(
    @CurrentViewer() viewer: Viewer,
    @Args('scope', { type: () => LeaderboardScope }) scope: LeaderboardScope,
    @Args('period', { type: () => LeaderboardPeriod }) period: LeaderboardPeriod,
    @OptionalIdArg('teamId') teamId: string | null,
    @PageArg(10, MAX_BOARD_SIZE) first: number,
  ): Promise<LeaderboardEntryObject[]> {
    return (await this.boards.board(viewer, scope, period, teamId, first)).map(LeaderboardEntryObject.from);
  }

  @Query(() => LeaderboardEntryObject, {
    nullable: true,
    description: 'The signed-in user’s own place (their team’s, for TEAM), wherever it is.',
  })
  @SignedIn()
  async myLeaderboardEntry(
    @CurrentViewer() viewer: Viewer,
    @Args('scope', { type: () => LeaderboardScope }) scope: LeaderboardScope,
    @Args('period', { type: () => LeaderboardPeriod }) period: LeaderboardPeriod,
    @OptionalIdArg('teamId') teamId: string | null,
  ): Promise<LeaderboardEntryObject | null> {
    const entry = await this.boards.mine(viewer, scope, period, teamId);
    return entry && LeaderboardEntryObject.from(entry);
  }

  @Query(() => Int, {
    description:
      'How many places the board the signed-in user sees holds (for "Top 20 of 20,000"): the same in every period, as everyone is ranked.',
  })
  @SignedIn()
  leaderboardCount(
    @CurrentViewer() viewer: Viewer,
    @Args('scope', { type: () => LeaderboardScope }) scope: LeaderboardScope,
    @OptionalIdArg('teamId') teamId: string | null,
  ): Promise<number> {
    return this.boards.count(viewer, scope, teamId);
  }

  @ResolveField(() => UserObject, { nullable: true })
  async user(@Parent() entry: LeaderboardEntryObject, @Loaders() loaders: RequestLoaders): Promise<UserObject | null> {
    if (!entry.userId) return null;
    const user = await loaders.get(this.users.byIds).load(entry.userId);
    return user && UserObject.from(user);
  }

  @ResolveField(() => TeamObject, { nullable: true })
  async team(@Parent() entry: LeaderboardEntryObject, @Loaders() loaders: RequestLoaders): Promise<TeamObject | null> {
    if (!entry.teamId) return null;
    const team = await loaders.get(this.teams.byIds).load(entry.teamId);
    return team && TeamObject.from(team);
  }
}
