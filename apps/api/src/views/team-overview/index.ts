export { TeamOverviewModule } from './team-overview.module.js';
