import { Query, Resolver } from '@nestjs/graphql';
import { MAX_BADGES } from '@laurels/domain';
import { BadgeDefinitionObject } from '#catalog/badges';
import { CurrentViewer, SignedIn, type Viewer } from '#platform/auth';
import { AtMost } from '#platform/graphql';
import { BadgeProgressService } from './badge-progress.service.js';
import { BadgeProgressObject } from './dto/badge-progress.object.js';

@Resolver()
export class BadgeProgressResolver {
  constructor(private readonly progress: BadgeProgressService) {}

  @Query(() => [BadgeProgressObject], { description: 'The signed-in user’s progress toward every badge.' })
  @SignedIn()
  @AtMost(MAX_BADGES)
  async myBadgeProgress(@CurrentViewer() viewer: Viewer): Promise<BadgeProgressObject[]> {
    return (await this.progress.progress(viewer)).map((standing) =>
      Object.assign(new BadgeProgressObject(), {
        badge: BadgeDefinitionObject.from(standing.badge),
        current: standing.current,
        target: standing.target,
        earned: standing.earned,
        awardedAt: standing.awardedAt,
      }),
    );
  }
}
