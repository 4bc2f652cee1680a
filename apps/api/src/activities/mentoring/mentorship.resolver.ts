import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { MAX_MENTORSHIPS_LISTED, MENTORSHIP_SESSIONS_SHOWN, Role } from '@laurels/domain';
import { CurrentViewer, RequireRole, SignedIn, type Viewer } from '#platform/auth';
import { Clock } from '#platform/clock';
import { AtMost, IdArg, Loaders, OptionalIdArg, type RequestLoaders } from '#platform/graphql';
import { UserObject, UsersService } from '#directory/organizations';
import { LogMentorshipSessionInput, StartMentorshipInput } from './dto/mentorship.input.js';
import { MentorshipObject, MentorshipSessionObject } from './dto/mentorship.object.js';
import { MentorshipsService } from './mentorships.service.js';

@Resolver(() => MentorshipObject)
export class MentorshipResolver {
  constructor(
    private readonly service: MentorshipsService,
    private readonly users: UsersService,
    private readonly clock: Clock,
  ) {}

  @Query(() => [MentorshipObject], {
    description: `Newest first, the latest ${MAX_MENTORSHIPS_LISTED}: the viewer's own as mentor or mentee; a person's (userId) or a team's members' (teamId) for their manager or an admin.`,
  })
  @AtMost(MAX_MENTORSHIPS_LISTED)
  @SignedIn()
  async mentorships(
    @CurrentViewer() viewer: Viewer,
    @OptionalIdArg('userId') userId: string | null,
    @OptionalIdArg('teamId') teamId: string | null,
  ): Promise<MentorshipObject[]> {
    return (await this.service.list(viewer, userId, teamId)).map((mentorship) => MentorshipObject.from(mentorship, this.clock.now()));
  }

  @Mutation(() => MentorshipObject, {
    description: 'Managers (of the mentor or the mentee) and admins pair two people of the organisation.',
  })
  @RequireRole(Role.MANAGER)
  async startMentorship(@CurrentViewer() viewer: Viewer, @Args('input') input: StartMentorshipInput): Promise<MentorshipObject> {
    return MentorshipObject.from(await this.service.start(viewer, input), this.clock.now());
  }

  @Mutation(() => MentorshipSessionObject, {
    description: 'The mentor or the mentee logs a session; the mentor earns points for the pair’s first session of each day.',
  })
  @SignedIn()
  async logMentorshipSession(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: LogMentorshipSessionInput,
  ): Promise<MentorshipSessionObject> {
    return MentorshipSessionObject.from(await this.service.logSession(viewer, input));
  }

  @Mutation(() => MentorshipObject, {
    description: 'The mentor, the mentee, their managers or an admin completes it: celebrated once, for both of them.',
  })
  @SignedIn()
  async completeMentorship(@CurrentViewer() viewer: Viewer, @IdArg('mentorshipId') mentorshipId: string): Promise<MentorshipObject> {
    return MentorshipObject.from(await this.service.complete(viewer, mentorshipId), this.clock.now());
  }

  @ResolveField(() => UserObject)
  async mentor(@Parent() mentorship: MentorshipObject, @Loaders() loaders: RequestLoaders): Promise<UserObject> {
    return UserObject.from((await loaders.get(this.users.byIds).load(mentorship.mentorId))!);
  }

  @ResolveField(() => UserObject)
  async mentee(@Parent() mentorship: MentorshipObject, @Loaders() loaders: RequestLoaders): Promise<UserObject> {
    return UserObject.from((await loaders.get(this.users.byIds).load(mentorship.menteeId))!);
  }

  @ResolveField(() => [MentorshipSessionObject], { description: `The latest ${MENTORSHIP_SESSIONS_SHOWN} sessions, newest first.` })
  @AtMost(MENTORSHIP_SESSIONS_SHOWN)
  async sessions(@Parent() mentorship: MentorshipObject, @Loaders() loaders: RequestLoaders): Promise<MentorshipSessionObject[]> {
    return (await loaders.get(this.service.latestSessions).load(mentorship.id)).map(MentorshipSessionObject.from);
  }
}

@Resolver(() => MentorshipSessionObject)
export class MentorshipSessionResolver {
  constructor(private readonly users: UsersService) {}

  @ResolveField(() => UserObject)
  async loggedBy(@Parent() session: MentorshipSessionObject, @Loaders() loaders: RequestLoaders): Promise<UserObject> {
    return UserObject.from((await loaders.get(this.users.byIds).load(session.loggedById))!);
  }
}
