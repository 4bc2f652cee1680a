import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn, type Viewer } from '#platform/auth';
import { DigestService } from './digest.service.js';
import { DigestObject } from './dto/digest.object.js';

@Resolver(() => DigestObject)
export class DigestResolver {
  constructor(private readonly digests: DigestService) {}

  @Query(() => DigestObject, {
    description: 'The organisation’s digest for [from, to), at most 93 days: everyone reads the same newsletter.',
  })
  @SignedIn()
  async digest(@CurrentViewer() viewer: Viewer, @Args('from') from: Date, @Args('to') to: Date): Promise<DigestObject> {
    return DigestObject.from(await this.digests.digest(viewer.organizationId, from, to));
  }
}
