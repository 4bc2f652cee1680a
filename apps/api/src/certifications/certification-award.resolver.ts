import { Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { NotFoundError, certificationStatus } from '@laurels/domain';
import { CurrentViewer, SignedIn } from '../common/auth/access.decorators.js';
import type { Viewer } from '../common/auth/viewer.js';
import { Clock } from '../common/clock.js';
import { IdArg } from '../common/graphql/ids.js';
import { Loaders, type RequestLoaders } from '../common/graphql/request-loaders.js';
import { CredentialsService } from '../credentials/credentials.service.js';
import { UserObject } from '../organizations/dto/user.object.js';
import { UsersService } from '../organizations/users.service.js';
import { CertificationsService } from './certifications.service.js';
import { CertificationAwardObject, CertificationStatus } from './dto/certification-award.object.js';
import { CertificationDefinitionObject } from './dto/certification-definition.object.js';

@Resolver(() => CertificationAwardObject)
export class CertificationAwardResolver {
  constructor(
    private readonly certifications: CertificationsService,
    private readonly users: UsersService,
    private readonly credentials: CredentialsService,
    private readonly clock: Clock,
  ) {}

  @Query(() => CertificationAwardObject, { nullable: true, description: 'One certification award of the organisation, e.g. for its printable certificate.' })
  @SignedIn()
  async certificationAward(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<CertificationAwardObject> {
    return CertificationAwardObject.from(await this.certifications.award(viewer, id));
  }

  @ResolveField(() => CertificationDefinitionObject)
  async certification(@Parent() award: CertificationAwardObject, @Loaders() loaders: RequestLoaders): Promise<CertificationDefinitionObject> {
    const certification = await loaders.get(this.certifications.byIds).load(award.certificationId);
    if (!certification) throw new NotFoundError('Certification', award.certificationId);
    return CertificationDefinitionObject.from(certification);
  }

  @ResolveField(() => UserObject)
  async user(@Parent() award: CertificationAwardObject, @Loaders() loaders: RequestLoaders): Promise<UserObject> {
    const user = await loaders.get(this.users.byIds).load(award.userId);
    if (!user) throw new NotFoundError('User', award.userId);
    return UserObject.from(user);
  }

  @ResolveField(() => CertificationStatus)
  status(@Parent() award: CertificationAwardObject): CertificationStatus {
    return certificationStatus(award, this.clock.now()) as CertificationStatus;
  }

  @ResolveField(() => String, { description: 'Public URL of the Open Badges 3.0 credential for this award.' })
  credentialUrl(@Parent() award: CertificationAwardObject): string {
    return this.credentials.credentialUrl(award.id);
  }
}
