import { Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CertificationStatus, NotFoundError, certificationStatus } from '@laurels/domain';
import { CurrentViewer, SignedIn, type Viewer } from '#platform/auth';
import { Clock } from '#platform/clock';
import { IdArg, Loaders, type RequestLoaders } from '#platform/graphql';
import { CredentialsService } from '#achievements/credentials';
import { UserObject, UsersService } from '#directory/organizations';
import { CertificationsService, CertificationDefinitionObject } from '#catalog/certifications';
import { AwardsService } from './awards.service.js';
import { CertificationAwardObject } from './dto/certification-award.object.js';

@Resolver(() => CertificationAwardObject)
export class CertificationAwardResolver {
  constructor(
    private readonly awards: AwardsService,
    private readonly certifications: CertificationsService,
    private readonly users: UsersService,
    private readonly credentials: CredentialsService,
    private readonly clock: Clock,
  ) {}

  @Query(() => CertificationAwardObject, {
    nullable: true,
    description: 'One certification award of the organisation, e.g. for its printable certificate.',
  })
  @SignedIn()
  async certificationAward(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<CertificationAwardObject> {
    return CertificationAwardObject.from(await this.awards.certificationAward(viewer, id));
  }

  @ResolveField(() => CertificationDefinitionObject)
  async certification(
    @Parent() award: CertificationAwardObject,
    @Loaders() loaders: RequestLoaders,
  ): Promise<CertificationDefinitionObject> {
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
    return certificationStatus(award, this.clock.now());
  }

  @ResolveField(() => String, { description: 'Public URL of the Open Badges 3.0 credential for this award.' })
  credentialUrl(@Parent() award: CertificationAwardObject): string {
    return this.credentials.credentialUrl(award.id);
  }
}
