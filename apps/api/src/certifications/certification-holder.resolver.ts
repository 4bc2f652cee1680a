import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, type RequestLoaders } from '../common/graphql/request-loaders.js';
import { UserObject } from '../organizations/dto/user.object.js';
import { CertificationsService } from './certifications.service.js';
import { CertificationAwardObject } from './dto/certification-award.object.js';

/** What certifications add to a person. */
@Resolver(() => UserObject)
export class CertificationHolderResolver {
  constructor(private readonly certificationsService: CertificationsService) {}

  @ResolveField(() => [CertificationAwardObject], { description: 'Every certification award, newest first, renewals and revoked ones included.' })
  async certifications(@Parent() user: UserObject, @Loaders() loaders: RequestLoaders): Promise<CertificationAwardObject[]> {
    return (await loaders.get(this.certificationsService.awardsByUserIds).load(user.id)).map(CertificationAwardObject.from);
  }
}
