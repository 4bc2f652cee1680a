import { InvalidInputError } from '../errors/domain-errors.js';

/** An NPS says little about a handful of answers: under this many it is not given. */
export const MIN_NPS_RESPONSES = 5;

/** The longest period a summary or a participation report covers. */
export const MAX_REPORT_DAYS = 366;

export interface NpsCounts {
  /** Answered 9 or 10. */
  readonly promoters: number;
  /** Answered 7 or 8. */
  readonly passives: number;
  /** Answered 0 to 6. */
  readonly detractors: number;
}

export type NpsCategory = 'PROMOTER' | 'PASSIVE' | 'DETRACTOR';

/** Where one 0..10 answer falls: 9–10 promoter, 7–8 passive, 0–6 detractor. */
export function npsCategory(nps: number): NpsCategory {
  if (nps >= 9) return 'PROMOTER';
  if (nps >= 7) return 'PASSIVE';
  return 'DETRACTOR';
}

/** Promoters % minus detractors %, rounded to a whole number (-100..100); null under MIN_NPS_RESPONSES answers. */
export function npsScore({ promoters, passives, detractors }: NpsCounts): number | null {
  const answers = promoters + passives + detractors;
  if (answers < MIN_NPS_RESPONSES) return null;
  return Math.round((100 * (promoters - detractors)) / answers);
}

/** A period a report may cover: from before to, at most MAX_REPORT_DAYS long. */
export function validateReportPeriod(from: Date, to: Date): void {
  if (to.getTime() <= from.getTime()) throw new InvalidInputError('to', 'to must come after from');
  if (to.getTime() - from.getTime() > MAX_REPORT_DAYS * 24 * 60 * 60 * 1000) {
    throw new InvalidInputError('from', `a period covers at most ${MAX_REPORT_DAYS} days`);
  }
}
