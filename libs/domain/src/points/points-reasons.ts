/** Why points were added to a person's ledger; with the fact's id, what makes each row unique. */
export const PointsReason = {
  MODULE_COMPLETED: 'MODULE_COMPLETED',
  COURSE_COMPLETED: 'COURSE_COMPLETED',
  BADGE_EARNED: 'BADGE_EARNED',
  CERTIFICATION_EARNED: 'CERTIFICATION_EARNED',
  KUDOS_RECEIVED: 'KUDOS_RECEIVED',
  CUSTOMER_PRAISE: 'CUSTOMER_PRAISE',
  ADJUSTMENT: 'ADJUSTMENT',
  MENTORING: 'MENTORING',
  EVENT_ATTENDED: 'EVENT_ATTENDED',
  EVENT_HOSTED: 'EVENT_HOSTED',
  EXTERNAL_LEARNING: 'EXTERNAL_LEARNING',
} as const;
export type PointsReason = (typeof PointsReason)[keyof typeof PointsReason];
