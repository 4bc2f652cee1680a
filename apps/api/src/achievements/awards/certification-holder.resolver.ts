import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PageArg, PagedBy, Loaders, type RequestLoaders } from '#platform/graphql';
import { UserObject } from '#directory/organizations';
import { AwardsService, latestAwardsKey } from './awards.service.js';
import { CertificationAwardObject } from './dto/certification-award.object.js';

/** A person's award history is short: a few certifications and their renewals. */
const MAX_AWARDS_LISTED = 100;

/** What certifications add to a person. */
@Resolver(() => UserObject)
export class CertificationHolderResolver {
  constructor(private readonly awards: AwardsService) {}

  @ResolveField(() => [CertificationAwardObject], {
    description: `Certification awards, newest first, renewals and revoked ones included: the latest ${MAX_AWARDS_LISTED} unless first asks for fewer.`,
  })
  @PagedBy(MAX_AWARDS_LISTED)
  async certifications(
    @Parent() user: UserObject,
    @PageArg(MAX_AWARDS_LISTED, MAX_AWARDS_LISTED) first: number,
    @Loaders() loaders: RequestLoaders,
  ): Promise<CertificationAwardObject[]> {
    return (await loaders.get(this.awards.latestAwards, latestAwardsKey).load({ userId: user.id, first })).map(
      CertificationAwardObject.from,
    );
  }
}
