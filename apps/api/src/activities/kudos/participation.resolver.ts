import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@laurels/domain';
import { CurrentViewer, RequireRole, type Viewer } from '#platform/auth';
import { AtMost, IdArg, Loaders, type RequestLoaders } from '#platform/graphql';
import { UserObject, UsersService } from '#directory/organizations';
import { ParticipationRowObject } from './dto/participation-row.object.js';
import { MAX_PARTICIPATION_ROWS, ParticipationService } from './participation.service.js';

@Resolver(() => ParticipationRowObject)
export class ParticipationResolver {
  constructor(
    private readonly participation: ParticipationService,
    private readonly users: UsersService,
  ) {}

  @Query(() => [ParticipationRowObject], {
    description: `Managers: who gives and receives recognition in their team from \`from\` to \`to\` (at most a year), and when each was last recognised; the first ${MAX_PARTICIPATION_ROWS} active members by name.`,
  })
  @AtMost(MAX_PARTICIPATION_ROWS)
  @RequireRole(Role.MANAGER)
  recognitionParticipation(
    @CurrentViewer() viewer: Viewer,
    @IdArg('teamId') teamId: string,
    @Args('from') from: Date,
    @Args('to') to: Date,
  ): Promise<ParticipationRowObject[]> {
    return this.participation.ofTeam(viewer, teamId, from, to);
  }

  @ResolveField(() => UserObject)
  async user(@Parent() row: ParticipationRowObject, @Loaders() loaders: RequestLoaders): Promise<UserObject> {
    return UserObject.from((await loaders.get(this.users.byIds).load(row.userId))!);
  }
}
