import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { hasRole, MAX_CERTIFICATION_COURSES, MAX_CERTIFICATIONS, Role } from '@laurels/domain';
import { CurrentViewer, RequireRole, SignedIn, type Viewer } from '#platform/auth';
import { Loaders, type RequestLoaders, AtMost } from '#platform/graphql';
import { CourseObject } from '#catalog/courses';
import { CertificationsService } from './certifications.service.js';
import { CertificationDefinitionObject } from './dto/certification-definition.object.js';
import { CreateCertificationInput } from './dto/create-certification.input.js';

@Resolver(() => CertificationDefinitionObject)
export class CertificationResolver {
  constructor(private readonly certificationsService: CertificationsService) {}

  @Query(() => [CertificationDefinitionObject], { description: 'Every certification the organisation issues.' })
  @AtMost(MAX_CERTIFICATIONS)
  @SignedIn()
  async certifications(@CurrentViewer() viewer: Viewer): Promise<CertificationDefinitionObject[]> {
    return (await this.certificationsService.list(viewer)).map(CertificationDefinitionObject.from);
  }

  @Mutation(() => CertificationDefinitionObject, { description: 'Admin only.' })
  @RequireRole(Role.ADMIN)
  async createCertification(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateCertificationInput,
  ): Promise<CertificationDefinitionObject> {
    return CertificationDefinitionObject.from(await this.certificationsService.create(viewer, input));
  }

  @ResolveField(() => [CourseObject], { description: 'In order. Learners see the published ones.' })
  @AtMost(MAX_CERTIFICATION_COURSES)
  async requiredCourses(
    @Parent() certification: CertificationDefinitionObject,
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
  ): Promise<CourseObject[]> {
    const batch = this.certificationsService.requiredCoursesByCertificationIds(hasRole(viewer.role, Role.MANAGER));
    return (await loaders.get(batch).load(certification.id)).map(CourseObject.from);
  }
}
