import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, type RequestLoaders } from '../common/graphql/request-loaders.js';
import { UserObject } from '../organizations/dto/user.object.js';
import { CompletionsService } from './completions.service.js';

/** What learning adds to a person. */
@Resolver(() => UserObject)
export class LearnerResolver {
  constructor(private readonly completions: CompletionsService) {}

  @ResolveField(() => Int, { description: 'Consecutive days with a passed module, in the organisation’s time zone.' })
  streakDays(@Parent() user: UserObject, @Loaders() loaders: RequestLoaders): Promise<number> {
    return loaders.get(this.completions.streaksByUserIds).load(user.id);
  }
}
