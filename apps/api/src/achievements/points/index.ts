export { calendarPeriodsSql, localTimeSql, periodEndSql, periodStartSql, rebuildPointsTotals } from './period-totals.js';
export { ALL_TIME_START, PointsEarners } from './points-earners.entity.js';
export { PointsEntry } from './points-entry.entity.js';
export { PointsTotal } from './points-total.entity.js';
export { PointsModule } from './points.module.js';
export { PointsService } from './points.service.js';
export { SharedTotals } from './shared-totals.js';
export type { LedgerEntry } from './points.service.js';
export { TeamPointsTotal } from './team-points-total.entity.js';
