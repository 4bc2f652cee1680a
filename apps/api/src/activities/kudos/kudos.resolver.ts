import { Args, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn, type Viewer } from '#platform/auth';
import { decodeCursor, encodeCursor, Loaders, PageArg, PagedBy, type RequestLoaders } from '#platform/graphql';
import { CelebrationObject } from '#achievements/celebrations';
import { UserObject, UsersService } from '#directory/organizations';
import { GiveKudosInput } from './dto/give-kudos.input.js';
import { KudosConnectionObject } from './dto/kudos-connection.object.js';
import { KudosObject } from './dto/kudos.object.js';
import { KudosService, receivedPageKey } from './kudos.service.js';

/** The most kudos one page of a person's received kudos holds. */
const MAX_RECEIVED_PAGE = 50;

@Resolver(() => KudosObject)
export class KudosResolver {
  constructor(
    private readonly kudos: KudosService,
    private readonly users: UsersService,
  ) {}

  @Mutation(() => KudosObject, {
    description: 'Thanks a colleague, tagged with company values; the points come from the giver’s monthly allowance.',
  })
  @SignedIn()
  async giveKudos(@CurrentViewer() viewer: Viewer, @Args('input') input: GiveKudosInput): Promise<KudosObject> {
    return KudosObject.from(await this.kudos.give(viewer, input));
  }

  @ResolveField(() => UserObject)
  async from(@Parent() kudos: KudosObject, @Loaders() loaders: RequestLoaders): Promise<UserObject> {
    return UserObject.from((await loaders.get(this.users.byIds).load(kudos.fromUserId))!);
  }

  @ResolveField(() => UserObject)
  async to(@Parent() kudos: KudosObject, @Loaders() loaders: RequestLoaders): Promise<UserObject> {
    return UserObject.from((await loaders.get(this.users.byIds).load(kudos.toUserId))!);
  }
}

/** Kudos fields on other types: what a person may still give and has received, and the kudos a celebration is about. */
@Resolver(() => UserObject)
export class UserKudosResolver {
  constructor(private readonly kudos: KudosService) {}

  @ResolveField(() => Int, { description: 'Kudos points this user may still give this month.' })
  kudosAllowanceLeft(@Parent() user: UserObject, @Loaders() loaders: RequestLoaders): Promise<number> {
    return loaders.get(this.kudos.allowanceLeftByUserIds).load(user.id);
  }

  @ResolveField(() => KudosConnectionObject, {
    description: `Kudos this user received, newest first, ${MAX_RECEIVED_PAGE} at most a page: pass pageInfo.endCursor as after for more.`,
  })
  @PagedBy(MAX_RECEIVED_PAGE)
  async kudosReceived(
    @Parent() user: UserObject,
    @PageArg(10, MAX_RECEIVED_PAGE) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Loaders() loaders: RequestLoaders,
  ): Promise<KudosConnectionObject> {
    const page = { userId: user.id, first, after: after ? decodeCursor(after) : null };
    const rows = await loaders.get(this.kudos.receivedPages, receivedPageKey).load(page);
    const nodes = rows.slice(0, first);
    const last = nodes.at(-1);
    return {
      nodes: nodes.map(KudosObject.from),
      pageInfo: { endCursor: last ? encodeCursor({ at: last.createdAt, id: last.id }) : null, hasNextPage: rows.length > first },
    };
  }
}

@Resolver(() => CelebrationObject)
export class CelebrationKudosResolver {
  constructor(private readonly kudos: KudosService) {}

  @ResolveField('kudos', () => KudosObject, {
    nullable: true,
    description: 'For KUDOS celebrations: the kudos, with their values and points.',
  })
  async kudosOf(@Parent() celebration: CelebrationObject, @Loaders() loaders: RequestLoaders): Promise<KudosObject | null> {
    const kudosId = celebration.details.kudosId;
    if (typeof kudosId !== 'string') return null;
    const kudos = await loaders.get(this.kudos.byIds).load(kudosId);
    return kudos && KudosObject.from(kudos);
  }
}
