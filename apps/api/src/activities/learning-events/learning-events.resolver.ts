import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { MAX_EVENT_HOSTS, Role } from '@laurels/domain';
import { CurrentViewer, RequireRole, SignedIn, type Viewer } from '#platform/auth';
import { AtMost, IdArg, Loaders, type RequestLoaders } from '#platform/graphql';
import { UserObject, UsersService, type User } from '#directory/organizations';
import { CreateLearningEventInput } from './dto/create-learning-event.input.js';
import { LearningEventObject } from './dto/learning-event.object.js';
import { LearningEventsService, MAX_ATTENDEES_LISTED, MAX_EVENTS_LISTED, viewerGoingKey } from './learning-events.service.js';

const people = (users: (User | null | Error)[]) =>
  users.filter((user): user is User => user !== null && !(user instanceof Error)).map(UserObject.from);

@Resolver(() => LearningEventObject)
export class LearningEventsResolver {
  constructor(
    private readonly events: LearningEventsService,
    private readonly users: UsersService,
  ) {}

  @Query(() => [LearningEventObject], {
    description: `Events taking place between from and to (at most 92 days apart), soonest first, at most ${MAX_EVENTS_LISTED}: the published ones and the proposals the viewer made or may review.`,
  })
  @AtMost(MAX_EVENTS_LISTED)
  @SignedIn()
  async learningEvents(
    @CurrentViewer() viewer: Viewer,
    @Args('from', { type: () => Date }) from: Date,
    @Args('to', { type: () => Date }) to: Date,
  ): Promise<LearningEventObject[]> {
    return (await this.events.list(viewer, from, to)).map(LearningEventObject.from);
  }

  @Mutation(() => LearningEventObject, {
    description:
      'Managers and admins publish at once; an employee’s event is a proposal (PENDING) until a manager of their team publishes it.',
  })
  @SignedIn()
  async createLearningEvent(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateLearningEventInput): Promise<LearningEventObject> {
    return LearningEventObject.from(await this.events.create(viewer, input));
  }

  @Mutation(() => LearningEventObject, {
    description: 'A manager of the proposer’s team, or an admin: publish an employee’s proposed event, or decline it.',
  })
  @RequireRole(Role.MANAGER)
  async reviewLearningEvent(
    @CurrentViewer() viewer: Viewer,
    @IdArg('eventId') eventId: string,
    @Args('publish') publish: boolean,
  ): Promise<LearningEventObject> {
    return LearningEventObject.from(await this.events.review(viewer, eventId, publish));
  }

  @Mutation(() => LearningEventObject, { description: 'Going or not, to a published event until it ends.' })
  @SignedIn()
  async rsvp(
    @CurrentViewer() viewer: Viewer,
    @IdArg('eventId') eventId: string,
    @Args('going') going: boolean,
  ): Promise<LearningEventObject> {
    return LearningEventObject.from(await this.events.rsvp(viewer, eventId, going));
  }

  @Mutation(() => LearningEventObject, {
    description: 'Hosts, managers and admins, once the event has started; marking a person twice awards once.',
  })
  @SignedIn()
  async recordAttendance(
    @CurrentViewer() viewer: Viewer,
    @IdArg('eventId') eventId: string,
    @Args('userIds', { type: () => [ID] }) userIds: string[],
  ): Promise<LearningEventObject> {
    return LearningEventObject.from(await this.events.recordAttendance(viewer, eventId, userIds));
  }

  @ResolveField(() => [UserObject])
  @AtMost(MAX_EVENT_HOSTS)
  async hosts(@Parent() event: LearningEventObject, @Loaders() loaders: RequestLoaders): Promise<UserObject[]> {
    const ids = await loaders.get(this.events.hostIdsByEventIds).load(event.id);
    return people(await loaders.get(this.users.byIds).loadMany(ids));
  }

  @ResolveField(() => [UserObject], { description: `Who attended, at most ${MAX_ATTENDEES_LISTED}.` })
  @AtMost(MAX_ATTENDEES_LISTED)
  async attended(@Parent() event: LearningEventObject, @Loaders() loaders: RequestLoaders): Promise<UserObject[]> {
    const ids = await loaders.get(this.events.attendeeIdsByEventIds).load(event.id);
    return people(await loaders.get(this.users.byIds).loadMany(ids));
  }

  @ResolveField(() => UserObject, { description: 'Who created or proposed the event.' })
  async createdBy(@Parent() event: LearningEventObject, @Loaders() loaders: RequestLoaders): Promise<UserObject> {
    return UserObject.from((await loaders.get(this.users.byIds).load(event.createdById))!);
  }

  @ResolveField(() => Int)
  goingCount(@Parent() event: LearningEventObject, @Loaders() loaders: RequestLoaders): Promise<number> {
    return loaders.get(this.events.goingCounts).load(event.id);
  }

  @ResolveField(() => Boolean)
  viewerGoing(@Parent() event: LearningEventObject, @CurrentViewer() viewer: Viewer, @Loaders() loaders: RequestLoaders): Promise<boolean> {
    return loaders.get(this.events.viewerGoing, viewerGoingKey).load({ eventId: event.id, userId: viewer.userId });
  }
}
