/** Where an issued certification stands on a given day. */
export const CertificationStatus = { ACTIVE: 'ACTIVE', EXPIRING_SOON: 'EXPIRING_SOON', EXPIRED: 'EXPIRED', REVOKED: 'REVOKED' } as const;
export type CertificationStatus = (typeof CertificationStatus)[keyof typeof CertificationStatus];

/** A certification is EXPIRING_SOON, and may be renewed, this long before it expires. */
export const RENEWAL_WINDOW_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface IssuedCertification {
  readonly issuedAt: Date;
  readonly expiresAt: Date | null;
  readonly revokedAt: Date | null;
}

/** When an award issued now expires; null when the certification never does. */
export function expiryFor(issuedAt: Date, validityDays: number | null): Date | null {
  return validityDays === null ? null : new Date(issuedAt.getTime() + validityDays * DAY_MS);
}

export function certificationStatus(award: IssuedCertification, now: Date): CertificationStatus {
  if (award.revokedAt) return 'REVOKED';
  if (!award.expiresAt) return 'ACTIVE';
  const left = award.expiresAt.getTime() - now.getTime();
  if (left <= 0) return 'EXPIRED';
  return left <= RENEWAL_WINDOW_DAYS * DAY_MS ? 'EXPIRING_SOON' : 'ACTIVE';
}

/**
 * From when completions count toward a new award: any time for a first award;
 * once the latest award is revoked, after the revocation; once it is expiring
 * or expired, from the opening of its renewal window. Null while the latest
 * award is simply active: nothing is due.
 */
export function completionsCountFrom(latest: IssuedCertification | null, now: Date): Date | null {
  if (!latest) return new Date(0);
  const status = certificationStatus(latest, now);
  if (status === 'REVOKED') return latest.revokedAt;
  if (status === 'ACTIVE') return null;
  return new Date(latest.expiresAt!.getTime() - RENEWAL_WINDOW_DAYS * DAY_MS);
}

/**
 * Whether a certification is due: every required course has been completed
 * since completions started counting again (see completionsCountFrom).
 * `lastCompleted` holds, per course, when the person last completed it.
 */
export function certificationDue(
  requiredCourseIds: readonly string[],
  lastCompleted: ReadonlyMap<string, Date>,
  latest: IssuedCertification | null,
  now: Date,
): boolean {
  const from = completionsCountFrom(latest, now);
  if (!from || requiredCourseIds.length === 0) return false;
  return requiredCourseIds.every((courseId) => {
    const completed = lastCompleted.get(courseId);
    return completed !== undefined && completed.getTime() >= from.getTime();
  });
}
