import { ConflictError } from '../errors/domain-errors.js';

/**
 * How many of each thing an organisation may define. The lists of them are
 * read whole (the catalogue, every badge, a course's modules), so each is
 * bounded where it is written, and the API's query-cost rule counts on these
 * bounds. Generous for a contact centre of 20,000 people in a few hundred
 * teams.
 */
export const MAX_COURSES = 500;
export const MAX_MODULES_PER_COURSE = 100;
export const MAX_COURSE_SKILLS = 10;
export const MAX_LEARNING_PATHS = 50;
export const MAX_PATH_COURSES = 30;
export const MAX_BADGES = 200;
export const MAX_CERTIFICATIONS = 100;
export const MAX_CERTIFICATION_COURSES = 20;
export const MAX_TEAMS = 500;

/** Refuses one more when `held` already reached `max`. */
export function requireRoom(held: number, max: number, field: string, what: string): void {
  if (held >= max) throw new ConflictError(field, `there can be at most ${max} ${what}`);
}
