/** Calendar periods in an organisation's time zone (weeks start on Monday), and all time. */
export const LeaderboardPeriod = { WEEK: 'WEEK', MONTH: 'MONTH', QUARTER: 'QUARTER', ALL_TIME: 'ALL_TIME' } as const;
export type LeaderboardPeriod = (typeof LeaderboardPeriod)[keyof typeof LeaderboardPeriod];

/** Whom a board ranks: people, or teams by their members' points. */
export const LeaderboardScope = { INDIVIDUAL: 'INDIVIDUAL', TEAM: 'TEAM' } as const;
export type LeaderboardScope = (typeof LeaderboardScope)[keyof typeof LeaderboardScope];

/** A period with a beginning: its points are kept as totals per person and per team; all time is the running balance itself. */
export type CalendarPeriod = Exclude<LeaderboardPeriod, typeof LeaderboardPeriod.ALL_TIME>;

export const CALENDAR_PERIODS: readonly CalendarPeriod[] = [LeaderboardPeriod.WEEK, LeaderboardPeriod.MONTH, LeaderboardPeriod.QUARTER];
