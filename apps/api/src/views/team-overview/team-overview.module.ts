import { Module } from '@nestjs/common';
import { ManagedTeamsResolver, UnrecognisedResolver } from './team-overview.resolver.js';
import { TeamOverviewService } from './team-overview.service.js';

/** What a manager's home reads about their teams: which they manage, and who went without recognition lately. */
@Module({
  providers: [TeamOverviewService, ManagedTeamsResolver, UnrecognisedResolver],
})
export class TeamOverviewModule {}
