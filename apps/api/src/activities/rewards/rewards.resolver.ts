import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { MAX_REWARDS, RedemptionStatus, Role } from '@laurels/domain';
import { CurrentViewer, RequireRole, SignedIn, type Viewer } from '#platform/auth';
import { AtMost, IdArg, Loaders, type RequestLoaders } from '#platform/graphql';
import { UserObject, UsersService } from '#directory/organizations';
import { CreateRewardInput } from './dto/create-reward.input.js';
import { RedemptionObject } from './dto/redemption.object.js';
import { RewardObject } from './dto/reward.object.js';
import { MAX_REDEMPTIONS_LISTED, RedemptionsService } from './redemptions.service.js';
import { RewardsService } from './rewards.service.js';

@Resolver(() => RewardObject)
export class RewardsResolver {
  constructor(private readonly catalogue: RewardsService) {}

  @Query(() => [RewardObject], {
    description: `The rewards catalogue (at most ${MAX_REWARDS}): active rewards by cost; admins also see the inactive ones.`,
  })
  @AtMost(MAX_REWARDS)
  @SignedIn()
  async rewards(@CurrentViewer() viewer: Viewer): Promise<RewardObject[]> {
    return (await this.catalogue.list(viewer)).map(RewardObject.from);
  }

  @Mutation(() => RewardObject, { description: 'Admin only. Adds a reward to the catalogue, active at once.' })
  @RequireRole(Role.ADMIN)
  async createReward(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateRewardInput): Promise<RewardObject> {
    return RewardObject.from(await this.catalogue.create(viewer, input));
  }

  @Mutation(() => RewardObject, { description: 'Admin only. An inactive reward cannot be redeemed; pending redemptions of it stay.' })
  @RequireRole(Role.ADMIN)
  async setRewardActive(
    @CurrentViewer() viewer: Viewer,
    @IdArg('rewardId') rewardId: string,
    @Args('active') active: boolean,
  ): Promise<RewardObject> {
    return RewardObject.from(await this.catalogue.setActive(viewer, rewardId, active));
  }
}

@Resolver(() => RedemptionObject)
export class RedemptionsResolver {
  constructor(
    private readonly redeeming: RedemptionsService,
    private readonly catalogue: RewardsService,
    private readonly users: UsersService,
  ) {}

  @Mutation(() => RedemptionObject, {
    description:
      'Redeems a reward: its cost is held from spendable points at once. A retry with the same idempotencyKey answers the first.',
  })
  @SignedIn()
  async redeemReward(
    @CurrentViewer() viewer: Viewer,
    @IdArg('rewardId') rewardId: string,
    @Args('idempotencyKey') idempotencyKey: string,
  ): Promise<RedemptionObject> {
    return RedemptionObject.from(await this.redeeming.redeem(viewer, rewardId, idempotencyKey));
  }

  @Mutation(() => RedemptionObject, {
    description: 'Managers (for their teams) and admins. Rejecting releases the held points.',
  })
  @RequireRole(Role.MANAGER)
  async reviewRedemption(
    @CurrentViewer() viewer: Viewer,
    @IdArg('redemptionId') redemptionId: string,
    @Args('approve') approve: boolean,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
  ): Promise<RedemptionObject> {
    return RedemptionObject.from(await this.redeeming.review(viewer, redemptionId, approve, note ?? null));
  }

  @Query(() => [RedemptionObject], { description: `The viewer's latest ${MAX_REDEMPTIONS_LISTED} redemptions, newest first.` })
  @AtMost(MAX_REDEMPTIONS_LISTED)
  @SignedIn()
  async myRedemptions(@CurrentViewer() viewer: Viewer): Promise<RedemptionObject[]> {
    return (await this.redeeming.mine(viewer)).map(RedemptionObject.from);
  }

  @Query(() => [RedemptionObject], {
    description: `Managers and admins: the queue to review, PENDING unless another status is asked for (pending oldest first, others newest first), at most ${MAX_REDEMPTIONS_LISTED}; a manager sees the people of the teams they manage.`,
  })
  @AtMost(MAX_REDEMPTIONS_LISTED)
  @RequireRole(Role.MANAGER)
  async redemptions(
    @CurrentViewer() viewer: Viewer,
    @Args('status', { type: () => RedemptionStatus, nullable: true }) status: RedemptionStatus | null,
  ): Promise<RedemptionObject[]> {
    return (await this.redeeming.queue(viewer, status ?? null)).map(RedemptionObject.from);
  }

  @ResolveField(() => RewardObject)
  async reward(@Parent() redemption: RedemptionObject, @Loaders() loaders: RequestLoaders): Promise<RewardObject> {
    return RewardObject.from((await loaders.get(this.catalogue.byIds).load(redemption.rewardId))!);
  }

  @ResolveField(() => UserObject)
  async user(@Parent() redemption: RedemptionObject, @Loaders() loaders: RequestLoaders): Promise<UserObject> {
    return UserObject.from((await loaders.get(this.users.byIds).load(redemption.userId))!);
  }
}

@Resolver(() => UserObject)
export class UserRewardsResolver {
  constructor(private readonly redemptions: RedemptionsService) {}

  @ResolveField(() => Int, {
    description:
      'Points that can still be spent on rewards: lifetime points less what redemptions hold. Spending never lowers points, level or rank.',
  })
  spendablePoints(@Parent() user: UserObject, @Loaders() loaders: RequestLoaders): Promise<number> {
    return loaders.get(this.redemptions.spendableByUserIds).load(user.id);
  }
}
