import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { TeamObject, UserObject } from '#directory/organizations';
import { CurrentViewer, type Viewer } from '#platform/auth';
import { AtMost, Loaders, PageArg, PagedBy, type RequestLoaders } from '#platform/graphql';
import {
  MAX_MANAGED_TEAMS,
  MAX_MEMBERS_CHECKED,
  RECOGNITION_DAYS,
  TeamOverviewService,
  unrecognisedPageKey,
} from './team-overview.service.js';

/** The most people one list of those not recognised lately holds. */
const MAX_UNRECOGNISED = 50;

/** The teams a person manages. */
@Resolver(() => UserObject)
export class ManagedTeamsResolver {
  constructor(private readonly overview: TeamOverviewService) {}

  @ResolveField(() => [TeamObject], { description: `The teams this user manages, by name: the first ${MAX_MANAGED_TEAMS}.` })
  @AtMost(MAX_MANAGED_TEAMS)
  async managedTeams(@Parent() user: UserObject, @Loaders() loaders: RequestLoaders): Promise<TeamObject[]> {
    return (await loaders.get(this.overview.managedByUserIds).load(user.id)).map(TeamObject.from);
  }
}

/** Who on a team went without recognition, for its manager. */
@Resolver(() => TeamObject)
export class UnrecognisedResolver {
  constructor(private readonly overview: TeamOverviewService) {}

  @ResolveField(() => [UserObject], {
    description: `For the team’s manager or an admin: active members (the manager aside) who received no kudos in the last ${RECOGNITION_DAYS} days, by name (among the team’s first ${MAX_MEMBERS_CHECKED}).`,
  })
  @PagedBy(MAX_UNRECOGNISED)
  async unrecognised(
    @Parent() team: TeamObject,
    @CurrentViewer() viewer: Viewer,
    @PageArg(10, MAX_UNRECOGNISED) first: number,
    @Loaders() loaders: RequestLoaders,
  ): Promise<UserObject[]> {
    this.overview.checkManages(viewer, team);
    return (await loaders.get(this.overview.unrecognised, unrecognisedPageKey).load({ teamId: team.id, first })).map(UserObject.from);
  }
}
