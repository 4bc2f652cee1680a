import { Args, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { MAX_TEAMS, Role } from '@laurels/domain';
import { CurrentViewer, RequireRole, type Viewer } from '#platform/auth';
import { OrganizationObject } from './dto/organization.object.js';
import { TeamObject } from './dto/team.object.js';
import { OrganizationsService } from './organizations.service.js';
import { TeamsService } from './teams.service.js';
import { PageArg, PagedBy } from '#platform/graphql';

@Resolver(() => OrganizationObject)
export class OrganizationResolver {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly teamsService: TeamsService,
  ) {}

  @Mutation(() => OrganizationObject, { description: 'Admin only. Replaces the company values kudos are tagged with.' })
  @RequireRole(Role.ADMIN)
  async setOrganizationValues(
    @CurrentViewer() viewer: Viewer,
    @Args('values', { type: () => [String] }) values: string[],
  ): Promise<OrganizationObject> {
    return OrganizationObject.from(await this.organizations.setValues(viewer, values));
  }

  @Mutation(() => OrganizationObject, {
    description: 'Admin only. Sets the kudos points each person may give per calendar month (0 to 10000).',
  })
  @RequireRole(Role.ADMIN)
  async setKudosAllowance(
    @CurrentViewer() viewer: Viewer,
    @Args('points', { type: () => Int }) points: number,
  ): Promise<OrganizationObject> {
    return OrganizationObject.from(await this.organizations.setKudosAllowance(viewer, points));
  }

  @ResolveField(() => [TeamObject], { description: 'Teams by name; search finds those whose name contains it, ignoring case and accents.' })
  @PagedBy(MAX_TEAMS)
  async teams(
    @Parent() organization: OrganizationObject,
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @PageArg(MAX_TEAMS, MAX_TEAMS) first: number,
  ): Promise<TeamObject[]> {
    return (await this.teamsService.listForOrganization(organization.id, search ?? null, first)).map(TeamObject.from);
  }
}
