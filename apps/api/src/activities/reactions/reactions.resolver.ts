import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { REACTION_EMOJI } from '@laurels/domain';
import { CelebrationObject } from '#achievements/celebrations';
import { UserObject, UsersService } from '#directory/organizations';
import { CurrentViewer, SignedIn, type Viewer } from '#platform/auth';
import { AtMost, IdArg, Loaders, type RequestLoaders } from '#platform/graphql';
import { CelebrationCommentObject, ReactionCountObject } from './dto/reaction.object.js';
import { COMMENTS_SHOWN, ReactionsService, reactionsKey } from './reactions.service.js';

/** Reactions and comments on a celebration. */
@Resolver(() => CelebrationObject)
export class ReactionsResolver {
  constructor(private readonly reactionsService: ReactionsService) {}

  @Mutation(() => CelebrationObject, { description: 'Adds the viewer’s emoji (one of a fixed set); the same emoji twice is one reaction.' })
  @SignedIn()
  async react(
    @CurrentViewer() viewer: Viewer,
    @IdArg('celebrationId') celebrationId: string,
    @Args('emoji') emoji: string,
  ): Promise<CelebrationObject> {
    return CelebrationObject.from(await this.reactionsService.react(viewer, celebrationId, emoji));
  }

  @Mutation(() => CelebrationObject, { description: 'Takes the viewer’s emoji back.' })
  @SignedIn()
  async unreact(
    @CurrentViewer() viewer: Viewer,
    @IdArg('celebrationId') celebrationId: string,
    @Args('emoji') emoji: string,
  ): Promise<CelebrationObject> {
    return CelebrationObject.from(await this.reactionsService.unreact(viewer, celebrationId, emoji));
  }

  @Mutation(() => CelebrationCommentObject)
  @SignedIn()
  async comment(
    @CurrentViewer() viewer: Viewer,
    @IdArg('celebrationId') celebrationId: string,
    @Args('body') body: string,
  ): Promise<CelebrationCommentObject> {
    return CelebrationCommentObject.from(await this.reactionsService.comment(viewer, celebrationId, body));
  }

  @ResolveField(() => [ReactionCountObject], { description: 'How many of each emoji, most given first.' })
  @AtMost(REACTION_EMOJI.length)
  reactions(@Parent() celebration: CelebrationObject, @Loaders() loaders: RequestLoaders): Promise<ReactionCountObject[]> {
    return loaders.get(this.reactionsService.reactionsByCelebrationIds).load(celebration.id);
  }

  @ResolveField(() => [String], { description: 'The emoji the viewer reacted with.' })
  @AtMost(REACTION_EMOJI.length)
  myReactions(
    @Parent() celebration: CelebrationObject,
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
  ): Promise<string[]> {
    return loaders.get(this.reactionsService.reactionsOf, reactionsKey).load({ celebrationId: celebration.id, userId: viewer.userId });
  }

  @ResolveField(() => [CelebrationCommentObject], { description: `The latest ${COMMENTS_SHOWN} comments, oldest first.` })
  @AtMost(COMMENTS_SHOWN)
  async comments(@Parent() celebration: CelebrationObject, @Loaders() loaders: RequestLoaders): Promise<CelebrationCommentObject[]> {
    return (await loaders.get(this.reactionsService.commentsByCelebrationIds).load(celebration.id)).map(CelebrationCommentObject.from);
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
