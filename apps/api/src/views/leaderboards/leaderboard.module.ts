import { Module } from '@nestjs/common';
import { OrganizationsModule } from '#directory/organizations';
import { LeaderboardResolver } from './leaderboard.resolver.js';
import { LeaderboardService } from './leaderboard.service.js';

/** Individual and team leaderboards by period. */
@Module({
  imports: [OrganizationsModule],
  providers: [LeaderboardService, LeaderboardResolver],
  exports: [LeaderboardService],
})
export class LeaderboardModule {}
