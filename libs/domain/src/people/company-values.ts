import { InvalidInputError } from '../errors/domain-errors.js';

export const MAX_VALUES = 12;
export const MAX_VALUE_LENGTH = 40;

/** The values new organisations start with; admins replace them with their own. */
export const DEFAULT_VALUES: readonly string[] = ['Empathy', 'Ownership', 'Going the extra mile'];

/**
 * Cleans a list of company values: trimmed, inner spaces collapsed, each
 * 1-40 characters, no duplicates (ignoring case), 1-12 of them.
 */
export function normalizeValues(values: readonly string[]): string[] {
  const cleaned = values.map((value) => value.trim().replace(/\s+/g, ' '));
  if (cleaned.length === 0) throw new InvalidInputError('values', 'give at least one company value');
  if (cleaned.length > MAX_VALUES) throw new InvalidInputError('values', `give at most ${MAX_VALUES} company values`);
  const seen = new Set<string>();
  for (const value of cleaned) {
    if (value.length === 0 || value.length > MAX_VALUE_LENGTH) {
      throw new InvalidInputError('values', `each value must be 1 to ${MAX_VALUE_LENGTH} characters`);
    }
    const key = value.toLowerCase();
    if (seen.has(key)) throw new InvalidInputError('values', `"${value}" is listed twice`);
    seen.add(key);
  }
  return cleaned;
}
