import { Args, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@laurels/domain';
import { CurrentViewer, RequireRole, type Viewer } from '#platform/auth';
import { Loaders, OptionalIdArg, type RequestLoaders } from '#platform/graphql';
import { LearningPathObject } from '#catalog/courses';
import { OrganizationObject } from '#directory/organizations';
import { OnboardingService } from './onboarding.service.js';

@Resolver(() => OrganizationObject)
export class OnboardingResolver {
  constructor(private readonly onboarding: OnboardingService) {}

  @Mutation(() => OrganizationObject, {
    description:
      'Admin only; null pathId turns onboarding off. Everyone added afterwards is assigned the path, due dueDays (1 to 365) after their start; those already added keep theirs.',
  })
  @RequireRole(Role.ADMIN)
  async setOnboardingPath(
    @CurrentViewer() viewer: Viewer,
    @OptionalIdArg('pathId') pathId: string | null,
    @Args('dueDays', { type: () => Int, nullable: true }) dueDays: number | null,
  ): Promise<OrganizationObject> {
    return OrganizationObject.from(await this.onboarding.setPath(viewer, pathId ?? null, dueDays ?? null));
  }

  @ResolveField(() => LearningPathObject, {
    nullable: true,
    description: 'Assigned to every person created from now on, due onboardingDueDays after their start.',
  })
  async onboardingPath(@Parent() organization: OrganizationObject, @Loaders() loaders: RequestLoaders): Promise<LearningPathObject | null> {
    const setting = await loaders.get(this.onboarding.byOrganizationIds).load(organization.id);
    return setting ? LearningPathObject.from(setting.path!) : null;
  }

  @ResolveField(() => Int, { nullable: true, description: 'Days new hires have for the onboarding path; null when onboarding is off.' })
  async onboardingDueDays(@Parent() organization: OrganizationObject, @Loaders() loaders: RequestLoaders): Promise<number | null> {
    return (await loaders.get(this.onboarding.byOrganizationIds).load(organization.id))?.dueDays ?? null;
  }
}
