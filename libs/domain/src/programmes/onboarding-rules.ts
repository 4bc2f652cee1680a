const DAY_MS = 24 * 60 * 60 * 1000;

/** The days an organisation may give new hires for their onboarding path. */
export const MIN_ONBOARDING_DAYS = 1;
export const MAX_ONBOARDING_DAYS = 365;

/** Why these days cannot be an onboarding deadline, or null when they can. */
export function onboardingDaysProblem(days: number | null | undefined): string | null {
  if (days == null) return 'Say how many days new hires have for their onboarding path';
  if (!Number.isInteger(days) || days < MIN_ONBOARDING_DAYS || days > MAX_ONBOARDING_DAYS) {
    return `New hires have ${MIN_ONBOARDING_DAYS} to ${MAX_ONBOARDING_DAYS} days for their onboarding path`;
  }
  return null;
}

/** A new hire's onboarding is due `days` after their start date, or after today when they have none. */
export function onboardingDueAt(startedAt: Date | null, now: Date, days: number): Date {
  return new Date((startedAt ?? now).getTime() + days * DAY_MS);
}
