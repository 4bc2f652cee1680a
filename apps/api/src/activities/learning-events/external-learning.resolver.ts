import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ClaimStatus, Role } from '@laurels/domain';
import { CurrentViewer, RequireRole, SignedIn, type Viewer } from '#platform/auth';
import { AtMost, IdArg, Loaders, OptionalIdArg, type RequestLoaders } from '#platform/graphql';
import { OrganizationObject, UserObject, UsersService } from '#directory/organizations';
import { ClaimExternalLearningInput } from './dto/claim-external-learning.input.js';
import { ExternalLearningClaimObject } from './dto/external-learning-claim.object.js';
import { ExternalLearningService, MAX_CLAIMS_LISTED } from './external-learning.service.js';

@Resolver(() => ExternalLearningClaimObject)
export class ExternalLearningResolver {
  constructor(
    private readonly claims: ExternalLearningService,
    private readonly users: UsersService,
  ) {}

  @Query(() => [ExternalLearningClaimObject], {
    description: `Newest first, at most ${MAX_CLAIMS_LISTED}. Employees (and anyone with mine) see their own claims; managers those of the people in the teams they manage (teamId: one of them), admins everyone's; reviewers' own claims stay out of their queue.`,
  })
  @AtMost(MAX_CLAIMS_LISTED)
  @SignedIn()
  async externalLearningClaims(
    @CurrentViewer() viewer: Viewer,
    @Args('status', { type: () => ClaimStatus, nullable: true }) status: ClaimStatus | null,
    @OptionalIdArg('teamId') teamId: string | null,
    @Args('mine', { type: () => Boolean, nullable: true, defaultValue: false }) mine: boolean,
  ): Promise<ExternalLearningClaimObject[]> {
    return (await this.claims.list(viewer, { status, teamId, mine })).map(ExternalLearningClaimObject.from);
  }

  @Mutation(() => ExternalLearningClaimObject, {
    description: 'Learning done outside, claimed for points: it waits for the manager’s review.',
  })
  @SignedIn()
  async claimExternalLearning(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ClaimExternalLearningInput,
  ): Promise<ExternalLearningClaimObject> {
    return ExternalLearningClaimObject.from(await this.claims.claim(viewer, input));
  }

  @Mutation(() => ExternalLearningClaimObject, {
    description:
      'A manager of the claimant’s team, or an admin (never the claimant): approve with points up to the organisation’s externalLearningPointsLimit, earned once, or reject.',
  })
  @RequireRole(Role.MANAGER)
  async reviewExternalLearning(
    @CurrentViewer() viewer: Viewer,
    @IdArg('claimId') claimId: string,
    @Args('approve') approve: boolean,
    @Args('points', { type: () => Int, nullable: true }) points: number | null,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
  ): Promise<ExternalLearningClaimObject> {
    return ExternalLearningClaimObject.from(await this.claims.review(viewer, claimId, { approve, points, note }));
  }

  @ResolveField(() => UserObject)
  async user(@Parent() claim: ExternalLearningClaimObject, @Loaders() loaders: RequestLoaders): Promise<UserObject> {
    return UserObject.from((await loaders.get(this.users.byIds).load(claim.userId))!);
  }

  @ResolveField(() => UserObject, { nullable: true })
  async reviewedBy(@Parent() claim: ExternalLearningClaimObject, @Loaders() loaders: RequestLoaders): Promise<UserObject | null> {
    if (!claim.reviewedById) return null;
    const reviewer = await loaders.get(this.users.byIds).load(claim.reviewedById);
    return reviewer && UserObject.from(reviewer);
  }
}

@Resolver(() => OrganizationObject)
export class OrganizationExternalLearningResolver {
  constructor(private readonly claims: ExternalLearningService) {}

  @ResolveField(() => Int, { description: 'The most points a reviewer may award one approved external-learning claim.' })
  externalLearningPointsLimit(@Parent() organization: OrganizationObject): Promise<number> {
    return this.claims.pointsLimit(organization.id);
  }
}
