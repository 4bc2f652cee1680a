export { LeaderboardEntryObject } from './dto/leaderboard.object.js';
export { LeaderboardModule } from './leaderboard.module.js';
export { LeaderboardService } from './leaderboard.service.js';
export type { Standing } from './leaderboard.service.js';
