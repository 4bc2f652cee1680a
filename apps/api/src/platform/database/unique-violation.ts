import { QueryFailedError } from 'typeorm';

/** True when a write failed on the named unique index or constraint (a concurrent insert won). */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && driverError.constraint === constraint;
}
