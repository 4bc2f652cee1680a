import { Args, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn, type Viewer } from '#platform/auth';
import { Loaders, type RequestLoaders } from '#platform/graphql';
import { CelebrationObject } from '#achievements/celebrations';
import { UserObject, UsersService } from '#directory/organizations';
import { GiveKudosInput } from './dto/give-kudos.input.js';
import { KudosObject } from './dto/kudos.object.js';
import { KudosService } from './kudos.service.js';

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

/** Kudos fields on other types: what a person may still give, and the kudos a celebration is about. */
@Resolver(() => UserObject)
export class UserKudosResolver {
  constructor(private readonly kudos: KudosService) {}

  @ResolveField(() => Int, { description: 'Kudos points this user may still give this month.' })
  kudosAllowanceLeft(@Parent() user: UserObject, @Loaders() loaders: RequestLoaders): Promise<number> {
    return loaders.get(this.kudos.allowanceLeftByUserIds).load(user.id);
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
