import { previousDay, type LocalDay } from '../calendar/calendar.js';

/** A streak as kept beside the person: its length, and the last day it was extended. */
export interface StreakState {
  readonly days: number;
  readonly lastDay: LocalDay | null;
}

/** The streak after activity on `today`: extended from yesterday, kept within the same day, otherwise started anew. */
export function extendStreak(state: StreakState, today: LocalDay): StreakState {
  if (state.lastDay === today) return state;
  return { days: state.lastDay === previousDay(today) ? state.days + 1 : 1, lastDay: today };
}

/**
 * The kept streak as it stands at `now`: alive until `endsAt`, the local
 * midnight that ends the day after its last day (computed where the time zone
 * is, by the database); broken from then on.
 */
export function liveStreak(days: number, endsAt: Date | null, now: Date): number {
  return endsAt !== null && now < endsAt ? days : 0;
}
