/** Calendar periods in an organisation's time zone (weeks start on Monday), and all time. */
export enum LeaderboardPeriod {
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  ALL_TIME = 'ALL_TIME',
}

/** Whom a board ranks: people, or teams by their members' points. */
export enum LeaderboardScope {
  INDIVIDUAL = 'INDIVIDUAL',
  TEAM = 'TEAM',
}

/** A period with a beginning: its points are kept as totals per person and per team; all time is the running balance itself. */
export type CalendarPeriod = Exclude<LeaderboardPeriod, LeaderboardPeriod.ALL_TIME>;

export const CALENDAR_PERIODS: readonly CalendarPeriod[] = [LeaderboardPeriod.WEEK, LeaderboardPeriod.MONTH, LeaderboardPeriod.QUARTER];
